import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rm, writeFile } from 'node:fs/promises';
import type { Fixture } from './testing/fixture.js';
import { createFixture, fakeRegistry } from './testing/fixture.js';

describe('the /registry.json route', () => {
  let fixture: Fixture;
  beforeEach(async () => {
    fixture = await createFixture();
  });
  afterEach(() => fixture.cleanup());

  it('serves the validated registry with no-cache and a strong ETag', async () => {
    const edge = await fixture.edge();
    const response = await edge.inject({ url: '/registry.json' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers.etag).toMatch(/^"[\w-]+"$/);
    // Schema defaults are filled in, so the shell never has to.
    expect(response.json()).toMatchObject({
      revision: 3,
      apps: { search: { slot: 'main', nav: [] } },
    });
  });

  it('answers 304 when If-None-Match names the current version', async () => {
    const edge = await fixture.edge();
    const { etag } = (await edge.inject({ url: '/registry.json' })).headers;
    const again = await edge.inject({
      url: '/registry.json',
      headers: { 'if-none-match': String(etag) },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const stale = await edge.inject({
      url: '/registry.json',
      headers: { 'if-none-match': '"old"' },
    });
    expect(stale.statusCode).toBe(200);
  });

  it('picks up a changed registry file without a restart', async () => {
    const edge = await fixture.edge();
    const before = await edge.inject({ url: '/registry.json' });
    await fixture.writeRegistry({ ...fakeRegistry(), revision: 4 });
    const after = await edge.inject({ url: '/registry.json' });
    expect(after.json()).toMatchObject({ revision: 4 });
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it('keeps the last good registry when the file becomes invalid', async () => {
    const edge = await fixture.edge();
    await edge.inject({ url: '/registry.json' });
    await writeFile(fixture.registryFile, '{"revision": "not a number", "apps": {}}');
    expect((await edge.inject({ url: '/registry.json' })).json()).toMatchObject({ revision: 3 });
    await writeFile(fixture.registryFile, '{ truncated');
    expect((await edge.inject({ url: '/registry.json' })).json()).toMatchObject({ revision: 3 });
  });

  it('says to publish while there has never been a registry', async () => {
    await rm(fixture.registryFile);
    const edge = await fixture.edge();
    const response = await edge.inject({ url: '/registry.json' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'EDGE_005' });
  });

  it('gives each content encoding its own ETag and still answers 304 to any of them', async () => {
    const nav = Array.from({ length: 30 }, (_, i) => ({ label: `Link ${i}`, href: `/l/${i}` }));
    await fixture.writeRegistry(fakeRegistry({ nav }));
    const edge = await fixture.edge();
    const plain = await edge.inject({ url: '/registry.json' });
    const br = await edge.inject({ url: '/registry.json', headers: { 'accept-encoding': 'br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.etag).not.toBe(plain.headers.etag);
    const revalidated = await edge.inject({
      url: '/registry.json',
      headers: { 'accept-encoding': 'br', 'if-none-match': String(plain.headers.etag) },
    });
    expect(revalidated.statusCode).toBe(304);
  });
});
