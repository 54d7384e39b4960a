import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openEventLog } from '@tessera/log';
import type { Fixture } from './testing/fixture.js';
import {
  createFixture,
  deployEventsFor,
  fakeRegistry,
  SEARCH_V1,
  SEARCH_V2,
} from './testing/fixture.js';

const release = (version: string) => ({
  version,
  manifest: `/assets/search/${version}/mf-manifest.json`,
});

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
      revision: 1,
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

  it('follows the deploys stream: a new activation is served without a restart', async () => {
    const edge = await fixture.edge();
    const before = await edge.inject({ url: '/registry.json' });
    await fixture.deploy(fakeRegistry({ current: release(SEARCH_V2) }));
    await expect
      .poll(async () => (await edge.inject({ url: '/registry.json' })).json().revision)
      .toBe(2);
    const after = await edge.inject({ url: '/registry.json' });
    expect(after.json().apps.search).toMatchObject({
      current: release(SEARCH_V2),
      previous: release(SEARCH_V1),
    });
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it('registryAt resolves once the appended revision is what it serves, and times out on one never appended', async () => {
    const edge = await fixture.edge();
    const { offsets } = await fixture.log.append(
      'deploys',
      deployEventsFor({
        search: {
          remote: 'tessera_search',
          framework: 'react',
          routes: ['/search'],
          current: release(SEARCH_V2),
        },
      }),
    );
    const head = offsets.at(-1)!;
    await edge.registryAt(head);
    // No poll: served the moment registryAt resolved.
    const served = (await edge.inject({ url: '/registry.json' })).json();
    expect(served.revision).toBe(head);
    expect(served.apps.search.current).toEqual(release(SEARCH_V2));
    await expect(edge.registryAt(head + 1, { timeoutMs: 50 })).rejects.toMatchObject({
      code: 'LOG_009',
    });
  });

  it('skips a deploy event that does not fit the registry and keeps serving the rest', async () => {
    const edge = await fixture.edge();
    await fixture.log.append('deploys', [
      {
        type: 'deploy.rolled-back',
        key: 'search',
        data: { app: 'search', fromVersion: SEARCH_V1, toVersion: SEARCH_V2, actor: 'test' },
      },
    ]);
    await fixture.deploy(fakeRegistry({ nav: [{ label: 'Find', href: '/search' }] }));
    await expect
      .poll(async () => (await edge.inject({ url: '/registry.json' })).json().apps.search.nav)
      .toEqual([{ label: 'Find', href: '/search', order: 100 }]);
    const served = (await edge.inject({ url: '/registry.json' })).json();
    expect(served.apps.search.current).toEqual(release(SEARCH_V1));
  });

  it('says to deploy while nothing has been deployed yet', async () => {
    const empty = await openEventLog('memory:', { producer: 'edge-test' });
    try {
      const edge = await fixture.edge({ eventLog: empty });
      const response = await edge.inject({ url: '/registry.json' });
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ code: 'EDGE_005' });
    } finally {
      await empty.close();
    }
  });

  it('gives each content encoding its own ETag and still answers 304 to any of them', async () => {
    const nav = Array.from({ length: 30 }, (_, i) => ({ label: `Link ${i}`, href: `/l/${i}` }));
    await fixture.deploy(fakeRegistry({ nav }));
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
