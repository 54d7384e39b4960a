import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { pino } from 'pino';
import type { Fixture } from './testing/fixture.js';
import { createFixture } from './testing/fixture.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A real upstream BFF on a free port that echoes what it received. */
async function startBff(handle?: (req: IncomingMessage, res: ServerResponse) => void) {
  const seen: Seen[] = [];
  const server: Server = createServer((req, res) => {
    if (handle) return handle(req, res);
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      res.writeHead(201, { 'content-type': 'application/json', 'x-bff': 'search' });
      res.end(JSON.stringify({ ok: true }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    connections: () =>
      new Promise<number>((resolve, reject) =>
        server.getConnections((error, count) => (error ? reject(error) : resolve(count))),
      ),
  };
}

/** A port nothing listens on: bind, note the port, close. */
async function deadUrl() {
  const bff = await startBff();
  await bff.close();
  return bff.url;
}

describe('the /api proxy', () => {
  let fixture: Fixture;
  const closers: Array<() => Promise<void>> = [];
  beforeEach(async () => {
    fixture = await createFixture();
  });
  afterEach(async () => {
    await fixture.cleanup();
    await Promise.all(closers.splice(0).map((close) => close()));
  });

  it('forwards method, path, query, body and headers to the app BFF and its answer back', async () => {
    const bff = await startBff();
    closers.push(bff.close);
    const edge = await fixture.edge({ bffUrls: { search: bff.url } });
    const response = await edge.inject({
      method: 'POST',
      url: '/api/search/queries?q=budget%20vote',
      headers: { 'content-type': 'application/json', cookie: 'session=abc' },
      payload: '{"raw": true,   "spacing": "kept"}',
    });
    expect(response.statusCode).toBe(201);
    expect(response.headers['x-bff']).toBe('search');
    expect(response.json()).toEqual({ ok: true });
    expect(bff.seen).toHaveLength(1);
    expect(bff.seen[0]).toMatchObject({
      method: 'POST',
      url: '/api/search/queries?q=budget%20vote',
      body: '{"raw": true,   "spacing": "kept"}',
      headers: { cookie: 'session=abc', 'x-forwarded-proto': 'http' },
    });
  });

  it('passes a valid traceparent through and makes one when it is absent or malformed', async () => {
    const bff = await startBff();
    closers.push(bff.close);
    const edge = await fixture.edge({ bffUrls: { search: bff.url } });
    const given = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    await edge.inject({ url: '/api/search/x', headers: { traceparent: given } });
    await edge.inject({ url: '/api/search/x' });
    await edge.inject({ url: '/api/search/x', headers: { traceparent: 'garbage' } });
    const [kept, made, replaced] = bff.seen.map((s) => s.headers.traceparent);
    expect(kept).toBe(given);
    expect(made).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(replaced).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(made).not.toBe(replaced);
  });

  it('logs each request under the trace id it forwards', async () => {
    const bff = await startBff();
    closers.push(bff.close);
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(line) });
    const edge = await fixture.edge({ bffUrls: { search: bff.url }, logger });
    await edge.inject({ url: '/api/search/x' });
    const traceId = String(bff.seen[0]!.headers.traceparent).slice(3, 35);
    const logged = lines.map((line) => JSON.parse(line));
    expect(logged.filter((entry) => entry.traceId === traceId).length).toBeGreaterThanOrEqual(2);
  });

  it('answers an unknown app with a 404 problem', async () => {
    const edge = await fixture.edge({ bffUrls: { search: 'http://127.0.0.1:1' } });
    for (const url of ['/api/nope/x', '/api/constructor', '/api/__proto__/x']) {
      const response = await edge.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type'], url).toContain('application/problem+json');
      expect(response.json(), url).toMatchObject({ code: 'EDGE_002' });
    }
  });

  it('answers with a 503 problem when the BFF is down', async () => {
    const edge = await fixture.edge({ bffUrls: { search: await deadUrl() } });
    const response = await edge.inject({ url: '/api/search/x' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'EDGE_003', status: 503 });
  });

  it('answers with a 504 problem when the BFF accepts but never responds', async () => {
    const bff = await startBff(() => undefined);
    closers.push(bff.close);
    const edge = await fixture.edge({ bffUrls: { search: bff.url }, responseTimeoutMs: 200 });
    const response = await edge.inject({ url: '/api/search/slow' });
    expect(response.statusCode).toBe(504);
    expect(response.json()).toMatchObject({ code: 'EDGE_004' });
  });

  it('answers a query whose percent-escapes do not decode with a 400 problem, the BFF untouched', async () => {
    const bff = await startBff();
    closers.push(bff.close);
    const edge = await fixture.edge({ bffUrls: { search: bff.url } });
    const response = await edge.inject({ url: '/api/search/queries?q=%ZZ' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'EDGE_007',
      detail: expect.stringContaining('%25'),
    });
    expect(bff.seen).toEqual([]);
  });

  describe('request bodies', () => {
    /** POSTs `payload` to /api/search through an edge in front of an echoing BFF. */
    async function post(payload: string | Readable, headers = {}, limit?: number) {
      const bff = await startBff();
      closers.push(bff.close);
      const edge = await fixture.edge({
        bffUrls: { search: bff.url },
        ...(limit ? { apiBodyLimitBytes: limit } : {}),
      });
      const response = await edge.inject({
        method: 'POST',
        url: '/api/search/queries',
        headers: { 'content-type': 'application/json', ...headers },
        payload,
      });
      return { bff, response };
    }
    const chunked = { 'transfer-encoding': 'chunked' };
    const chunks = (...parts: string[]) => Readable.from(parts.map((part) => Buffer.from(part)));

    function expectRefused({ bff, response }: Awaited<ReturnType<typeof post>>) {
      expect(response.statusCode).toBe(413);
      expect(response.json()).toMatchObject({ code: 'EDGE_011', status: 413 });
      expect(bff.seen).toEqual([]);
    }

    it('refuses one declared over the API limit with a 413 problem, the BFF untouched', async () => {
      expectRefused(await post(JSON.stringify({ q: 'x'.repeat(2000) }), {}, 1000));
    });

    it('refuses a chunked one over the API limit with a 413 problem, the BFF untouched', async () => {
      expectRefused(await post(chunks('a'.repeat(600), 'a'.repeat(600)), chunked, 1000));
    });

    it('sends a chunked one on with its length, so the BFF can refuse it before reading it', async () => {
      const { bff, response } = await post(chunks('{"q":', '"budget"}'), chunked);
      expect(response.statusCode).toBe(201);
      expect(bff.seen[0]).toMatchObject({ body: '{"q":"budget"}' });
      expect(bff.seen[0]!.headers['content-length']).toBe('14');
      expect(bff.seen[0]!.headers['transfer-encoding']).toBeUndefined();
    });

    it('answers Expect: 100-continue itself and forwards the body without it', async () => {
      const { bff, response } = await post('{"q":"budget"}', { expect: '100-continue' });
      expect(response.statusCode).toBe(201);
      expect(bff.seen[0]).toMatchObject({ body: '{"q":"budget"}' });
      expect(bff.seen[0]!.headers.expect).toBeUndefined();
    });
  });

  it('puts the security headers on proxied answers too', async () => {
    const bff = await startBff();
    closers.push(bff.close);
    const edge = await fixture.edge({ bffUrls: { search: bff.url } });
    const response = await edge.inject({ url: '/api/search/x' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('closes its connections to the BFFs when it closes, so a BFF stopping after it need not wait', async () => {
    const bff = await startBff();
    closers.push(bff.close);
    const edge = await fixture.edge({ bffUrls: { search: bff.url } });
    expect((await edge.inject({ url: '/api/search/x' })).statusCode).toBe(201);
    expect(await bff.connections()).toBe(1);
    await edge.close();
    // Node's server keeps an idle keep-alive socket 5 s; the edge must not leave it to that.
    const deadline = Date.now() + 2000;
    while ((await bff.connections()) > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await bff.connections()).toBe(0);
  });
});
