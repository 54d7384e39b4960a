import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Fixture } from './testing/fixture.js';
import { createFixture, SEARCH_V1 } from './testing/fixture.js';

const entry = `/assets/search/${SEARCH_V1}/remoteEntry.js`;

/** A raw HTTP GET, so the path reaches the server exactly as written (no URL normalising). */
function rawGet(
  port: number,
  path: string,
): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body }),
      );
    });
    req.on('error', reject).end();
  });
}

describe('the /assets route', () => {
  let fixture: Fixture;
  beforeEach(async () => {
    fixture = await createFixture();
    await fixture.write(`search/${SEARCH_V1}/remoteEntry.js.br`, Buffer.from('brotli bytes'));
    await fixture.write(`search/${SEARCH_V1}/remoteEntry.js.gz`, Buffer.from('gzip bytes'));
  });
  afterEach(() => fixture.cleanup());

  it('serves published files as immutable for a year', async () => {
    const edge = await fixture.edge();
    const response = await edge.inject({ url: entry });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['content-type']).toContain('javascript');
    expect(response.body).toBe(`/* ${SEARCH_V1} */`);
  });

  it('serves the precompressed sibling the browser accepts, brotli first', async () => {
    const edge = await fixture.edge();
    const br = await edge.inject({
      url: entry,
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body).toBe('brotli bytes');
    expect(br.headers['content-type']).toContain('javascript');
    const gz = await edge.inject({ url: entry, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body).toBe('gzip bytes');
  });

  it('answers a missing file with a 404 problem that is not cached as immutable', async () => {
    const edge = await fixture.edge();
    const response = await edge.inject({ url: `/assets/search/${SEARCH_V1}/missing.js` });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toMatchObject({ code: 'EDGE_001' });
  });

  it('never lists a directory', async () => {
    const edge = await fixture.edge();
    for (const url of ['/assets/search/', `/assets/search/${SEARCH_V1}`, '/assets/']) {
      const response = await edge.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).not.toContain('remoteEntry');
    }
  });

  it('refuses paths that climb out of the assets directory', async () => {
    const edge = await fixture.edge();
    await edge.listen({ port: 0, host: '127.0.0.1' });
    const { port } = edge.server.address() as AddressInfo;
    for (const path of [
      '/assets/../registry.json',
      '/assets/%2e%2e/registry.json',
      '/assets/search/..%2f..%2fregistry.json',
      '/assets/%2e%2e%2fregistry.json',
      '/assets/search/../../registry.json',
    ]) {
      const response = await rawGet(port, path);
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.status, path).toBeLessThan(500);
      expect(response.type, path).toContain('application/problem+json');
      expect(response.body, path).not.toContain('"revision"');
    }
  });
});
