import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineErrorCodes, ServiceError } from './errors.js';
import { createService } from './service.js';
import { captureLogger } from './testing.js';
import { parseBody, parseQuery } from './validate.js';

const DemoErrors = defineErrorCodes({
  taken: { code: 'DEMO_001', status: 409, title: 'Name taken' },
});

function demoService() {
  const captured = captureLogger();
  const app = createService({
    name: 'demo',
    logger: captured.logger,
    defaultMetrics: false,
    bodyLimit: 1024,
    csrf: false,
  });
  app.post('/things', async (request) => {
    const body = parseBody(request, z.object({ name: z.string().max(5), count: z.number() }));
    if (body.name === 'taken') throw new ServiceError(DemoErrors.taken, 'Pick another name.');
    return { ok: true };
  });
  app.get('/things', async (request) => parseQuery(request, z.object({ page: z.coerce.number() })));
  app.get('/boom', async () => {
    throw new Error('database password is hunter2');
  });
  return { app, captured };
}

const json = { 'content-type': 'application/json' };

describe('problem documents', () => {
  it('maps a typed service error to its status, code and problem fields', async () => {
    const { app } = demoService();
    const res = await app.inject({
      method: 'POST',
      url: '/things?x=1',
      headers: json,
      payload: { name: 'taken', count: 1 },
    });
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = res.json();
    expect(body).toMatchObject({
      type: 'urn:tessera:problem:DEMO_001',
      title: 'Name taken',
      status: 409,
      detail: 'Pick another name.',
      code: 'DEMO_001',
      instance: '/things',
    });
    expect(body.traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('lists every failing field of a body that fails its schema', async () => {
    const { app } = demoService();
    const res = await app.inject({
      method: 'POST',
      url: '/things',
      headers: json,
      payload: { name: 'toolong', count: 'x' },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('KIT_001');
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'body.count',
      'body.name',
    ]);
  });

  it('reports query failures under the query prefix', async () => {
    const { app } = demoService();
    const res = await app.inject({ method: 'GET', url: '/things?page=abc' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('query.page');
  });

  it('answers malformed JSON with a 400 problem', async () => {
    const { app } = demoService();
    const res = await app.inject({
      method: 'POST',
      url: '/things',
      headers: json,
      payload: '{"name": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('KIT_002');
  });

  it('answers an empty JSON body with a 400 problem', async () => {
    const { app } = demoService();
    const res = await app.inject({ method: 'POST', url: '/things', headers: json, payload: '' });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('KIT_002');
  });

  it('answers a body over the limit with a 413 problem', async () => {
    const { app } = demoService();
    const payload = JSON.stringify({ name: 'a'.repeat(2000), count: 1 });
    const res = await app.inject({ method: 'POST', url: '/things', headers: json, payload });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('KIT_003');
  });

  it('refuses a declared oversize body over HTTP with a 413 and keeps the connection', async () => {
    const { app } = demoService();
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const answers = await Promise.all(
        Array.from({ length: 5 }, () =>
          fetch(`${url}/things`, { method: 'POST', headers: json, body: 'x'.repeat(200_000) }),
        ),
      );
      for (const res of answers) {
        expect(res.status).toBe(413);
        expect(res.headers.get('connection')).not.toBe('close');
        expect(((await res.json()) as { code: string }).code).toBe('KIT_003');
      }
    } finally {
      await app.close();
    }
  });

  it('answers an unsupported media type with a 415 problem', async () => {
    const { app } = demoService();
    const res = await app.inject({
      method: 'POST',
      url: '/things',
      headers: { 'content-type': 'text/xml' },
      payload: '<a/>',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().code).toBe('KIT_004');
  });

  it('answers an unknown route with a 404 problem', async () => {
    const { app } = demoService();
    const res = await app.inject({ method: 'GET', url: '/nowhere?q=secret' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'KIT_005', instance: '/nowhere' });
  });

  it('answers a badly encoded URL with a 400 problem', async () => {
    const { app } = demoService();
    const res = await app.inject({ method: 'GET', url: '/things/%E0%A4%A' });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('hides the cause of an unexpected error but logs it with the trace id', async () => {
    const { app, captured } = demoService();
    const res = await app.inject({ method: 'GET', url: '/boom' });
    expect(res.statusCode).toBe(500);
    const body = res.json();
    expect(body.code).toBe('KIT_011');
    expect(res.body).not.toContain('hunter2');
    const logged = captured.lines().find((line) => line.level === 50);
    expect(logged).toMatchObject({ traceId: body.traceId, code: 'KIT_011' });
  });
});
