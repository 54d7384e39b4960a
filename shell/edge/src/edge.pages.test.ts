import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { brotliDecompressSync } from 'node:zlib';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Fixture } from './testing/fixture.js';
import {
  createFixture,
  fakeManifest,
  fakeRegistry,
  SEARCH_V1,
  SEARCH_V2,
} from './testing/fixture.js';

const html = { accept: 'text/html,application/xhtml+xml' };

function inlinedRegistry(body: string): unknown {
  const match = /<script type="application\/json" id="tessera-registry">(.*?)<\/script>/s.exec(
    body,
  );
  if (!match) throw new Error('no inlined registry');
  return JSON.parse(match[1]!);
}

function inlinedManifests(body: string): Record<string, unknown> {
  const match = /<script type="application\/json" id="tessera-manifests">(.*?)<\/script>/s.exec(
    body,
  );
  if (!match) throw new Error('no inlined manifests');
  return JSON.parse(match[1]!) as Record<string, unknown>;
}

function preloads(body: string): string[] {
  return [...body.matchAll(/<link rel="preload" as="script" href="([^"]+)">/g)].map((m) => m[1]!);
}

const searchCanaryAt10 = {
  version: SEARCH_V2,
  manifest: `/assets/search/${SEARCH_V2}/mf-manifest.json`,
  percent: 10,
};

type Edge = Awaited<ReturnType<Fixture['edge']>>;

/** The HTML page at `url` for a browser whose bucket cookie is `bucket`. */
async function pageInBucket(edge: Edge, url: string, bucket: number): Promise<string> {
  const response = await edge.inject({
    url,
    headers: { ...html, cookie: `tessera_bucket=${bucket}` },
  });
  return response.body;
}

describe('the page route', () => {
  let fixture: Fixture;
  beforeEach(async () => {
    fixture = await createFixture();
  });
  afterEach(() => fixture.cleanup());

  it('serves the shell template with the registry inlined and no-cache', async () => {
    const edge = await fixture.edge();
    const response = await edge.inject({ url: '/search?q=x', headers: html });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).not.toContain('<!--tessera:head-->');
    expect(inlinedRegistry(response.body)).toMatchObject({
      revision: 1,
      apps: { search: { slot: 'main' } },
    });
  });

  it("preloads the route's remoteEntry, ./app sync JS and shared sync JS from its manifest", async () => {
    const edge = await fixture.edge();
    const response = await edge.inject({ url: '/search', headers: html });
    const base = `/assets/search/${SEARCH_V1}/`;
    expect(preloads(response.body)).toEqual(
      ['remoteEntry.js', 'app.js', 'vendor-react.js', 'vendor-react-dom.js'].map((f) => base + f),
    );
    expect(response.body).toContain(`<link rel="preload" as="style" href="${base}app.css">`);
  });

  it("inlines the route's mf-manifest.json keyed by its URL, so the shell need not fetch it", async () => {
    const edge = await fixture.edge();
    const response = await edge.inject({ url: '/search', headers: html });
    const url = `/assets/search/${SEARCH_V1}/mf-manifest.json`;
    expect(inlinedManifests(response.body)).toEqual({ [url]: fakeManifest() });
  });

  it("inlines every app's manifest on every page, for the header parcels, in the bucket's release", async () => {
    await fixture.deploy(fakeRegistry({ canary: searchCanaryAt10 }));
    const edge = await fixture.edge();
    const page = async (bucket: number) =>
      inlinedManifests(await pageInBucket(edge, '/no/such/page', bucket));
    expect(Object.keys(await page(9))).toEqual([searchCanaryAt10.manifest]);
    expect(Object.keys(await page(10))).toEqual([`/assets/search/${SEARCH_V1}/mf-manifest.json`]);
  });

  it('answers an unknown path with the shell page, status 404 and no preloads', async () => {
    const edge = await fixture.edge();
    const response = await edge.inject({ url: '/no/such/page', headers: html });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(preloads(response.body)).toEqual([]);
  });

  it('answers a path whose percent-escapes do not decode with a 400 problem document', async () => {
    const edge = await fixture.edge();
    const response = await edge.inject({ url: '/%ZZ' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'EDGE_007', status: 400 });
  });

  it('escapes the inlined registry so data cannot close the script element', async () => {
    const nav = [{ label: '</script><script>alert(1)</script>', href: '/search?a=1&b=<!--' }];
    await fixture.deploy(fakeRegistry({ nav }));
    const edge = await fixture.edge();
    const response = await edge.inject({ url: '/search', headers: html });
    // Every script element the page opens is closed by its own end tag, none by the data.
    const opened = response.body.match(/<script\b/g)?.length;
    expect(response.body.match(/<\/script>/g)).toHaveLength(opened!);
    expect(response.body).not.toContain('<!--');
    expect(inlinedRegistry(response.body)).toMatchObject({
      apps: { search: { nav: [{ ...nav[0], order: 100 }] } },
    });
  });

  it('sets a sticky bucket cookie only when the browser has none', async () => {
    const edge = await fixture.edge();
    const first = await edge.inject({ url: '/search', headers: html });
    expect(first.headers['set-cookie']).toMatch(
      /^tessera_bucket=\d{1,2}; Path=\/; Max-Age=\d+; SameSite=Lax$/,
    );
    const again = await edge.inject({
      url: '/search',
      headers: { ...html, cookie: 'a=b; tessera_bucket=42' },
    });
    expect(again.headers['set-cookie']).toBeUndefined();
  });

  it('preloads the canary for buckets below its percent and current for the rest', async () => {
    await fixture.deploy(fakeRegistry({ canary: searchCanaryAt10 }));
    const edge = await fixture.edge();
    const inBucket = async (bucket: number) =>
      preloads(await pageInBucket(edge, '/search', bucket))[0];
    expect(await inBucket(9)).toBe(`/assets/search/${SEARCH_V2}/remoteEntry.js`);
    expect(await inBucket(10)).toBe(`/assets/search/${SEARCH_V1}/remoteEntry.js`);
  });

  it('still serves the page without preloads when the manifest is missing', async () => {
    await rm(join(fixture.assetsDir, 'search', SEARCH_V1, 'mf-manifest.json'));
    const edge = await fixture.edge();
    const response = await edge.inject({ url: '/search', headers: html });
    expect(response.statusCode).toBe(200);
    expect(preloads(response.body)).toEqual([]);
  });

  it('compresses the page with brotli when the browser accepts it', async () => {
    const filler = '<p>Tessera needs JavaScript to compose this page.</p>'.repeat(40);
    await fixture.write(
      'shell.html',
      `<html><head><!--tessera:head--></head><body>${filler}</body></html>`,
    );
    const edge = await fixture.edge();
    const response = await edge.inject({
      url: '/search',
      headers: { ...html, 'accept-encoding': 'gzip, br' },
    });
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers.vary).toContain('accept-encoding');
    expect(brotliDecompressSync(response.rawPayload).toString()).toContain('id="tessera-registry"');
  });

  it('answers a request that does not accept HTML with a 404 problem', async () => {
    const edge = await fixture.edge();
    const response = await edge.inject({ url: '/favicon.ico', headers: { accept: 'image/png' } });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'EDGE_001', status: 404 });
  });

  it('says to publish when the shell template is missing', async () => {
    await rm(join(fixture.assetsDir, 'shell.html'));
    const edge = await fixture.edge();
    const response = await edge.inject({ url: '/', headers: html });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({
      code: 'EDGE_006',
      detail: expect.stringContaining('pnpm tessera publish'),
    });
  });
});
