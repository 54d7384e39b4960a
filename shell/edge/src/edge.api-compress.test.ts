import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Fixture } from './testing/fixture.js';
import { createFixture } from './testing/fixture.js';

const BIG = JSON.stringify({
  hits: Array.from({ length: 200 }, (_, i) => ({ title: `hit ${i}` })),
});

/** An upstream that answers `/big` with a large JSON body and `/events` with an event stream. */
async function startBff() {
  const server = createServer((req, res) => {
    if (req.url === '/api/search/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(`data: ${'x'.repeat(4000)}\n\n`);
      return;
    }
    const body = req.url === '/api/search/big' ? BIG : '{"ok":true}';
    const length = String(Buffer.byteLength(body));
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': length,
      vary: 'cookie',
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('compression of proxied /api answers', () => {
  let fixture: Fixture;
  let bff: Awaited<ReturnType<typeof startBff>>;
  beforeEach(async () => {
    fixture = await createFixture();
    bff = await startBff();
  });
  afterEach(async () => {
    await fixture.cleanup();
    await bff.close();
  });

  it('sends large JSON in brotli or gzip, as the client accepts, with the same content', async () => {
    const edge = await fixture.edge({ bffUrls: { search: bff.url } });
    const br = await edge.inject({ url: '/api/search/big', headers: { 'accept-encoding': 'br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('cookie, accept-encoding');
    expect(br.rawPayload.length).toBeLessThan(BIG.length / 4);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(BIG);
    const gz = await edge.inject({
      url: '/api/search/big',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(BIG);
  });

  it('leaves small answers, clients without Accept-Encoding and event streams as they are', async () => {
    const edge = await fixture.edge({ bffUrls: { search: bff.url } });
    const small = await edge.inject({
      url: '/api/search/small',
      headers: { 'accept-encoding': 'br' },
    });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.json()).toEqual({ ok: true });
    const plain = await edge.inject({ url: '/api/search/big' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(BIG);
    const events = await edge.inject({
      url: '/api/search/events',
      headers: { 'accept-encoding': 'br' },
    });
    expect(events.headers['content-encoding']).toBeUndefined();
    expect(events.body.startsWith('data: x')).toBe(true);
  });
});
