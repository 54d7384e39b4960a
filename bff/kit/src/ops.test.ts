import { describe, expect, it } from 'vitest';
import { projectionsReady } from './readiness.js';
import { createService } from './service.js';
import { captureLogger } from './testing.js';

function service(readiness?: () => { ready: boolean; detail?: Record<string, unknown> }) {
  return createService({
    name: 'ops',
    logger: captureLogger().logger,
    defaultMetrics: false,
    readiness,
  });
}

describe('operational routes', () => {
  it('answers /healthz while alive', async () => {
    const res = await service().inject({ url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('answers /readyz with 503 until the readiness check says ready', async () => {
    let caughtUp = false;
    const app = service(() => ({
      ready: caughtUp,
      detail: { offset: caughtUp ? 10 : 3, head: 10 },
    }));
    const before = await app.inject({ url: '/readyz' });
    expect(before.statusCode).toBe(503);
    expect(before.json()).toEqual({ status: 'not-ready', offset: 3, head: 10 });
    caughtUp = true;
    const after = await app.inject({ url: '/readyz' });
    expect(after.statusCode).toBe(200);
    expect(after.json()).toEqual({ status: 'ready', offset: 10, head: 10 });
  });

  it('reports not ready when the readiness check throws', async () => {
    const app = service(() => {
      throw new Error('log unreachable');
    });
    expect((await app.inject({ url: '/readyz' })).statusCode).toBe(503);
  });

  it('exposes request latency by route template, method and status', async () => {
    const app = service();
    app.get('/items/:id', async () => ({ ok: true }));
    await app.inject({ url: '/items/1' });
    await app.inject({ url: '/items/2' });
    await app.inject({ url: '/missing' });
    const res = await app.inject({ url: '/metrics' });
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toContain(
      'http_request_duration_seconds_count{route="/items/:id",method="GET",status="200"} 2',
    );
    expect(res.body).toContain('route="unmatched",method="GET",status="404"');
  });

  it('exposes events applied and consumer lag per projection', async () => {
    const app = service();
    let lag = 7;
    app.metrics.recordApplied('users', 3);
    app.metrics.observeLag('users', async () => lag);
    expect((await app.inject({ url: '/metrics' })).body).toContain(
      'projection_consumer_lag_events{projection="users"} 7',
    );
    lag = 0;
    const body = (await app.inject({ url: '/metrics' })).body;
    expect(body).toContain('projection_events_applied_total{projection="users"} 3');
    expect(body).toContain('projection_consumer_lag_events{projection="users"} 0');
  });

  it('keeps a separate registry per service instance', async () => {
    const a = service();
    const b = service();
    a.metrics.recordApplied('users', 5);
    expect((await b.inject({ url: '/metrics' })).body).not.toContain('projection="users"');
  });

  it('is ready only when every projection has caught up', async () => {
    const users = { caughtUp: true, offset: 4 };
    const articles = { caughtUp: false, offset: 9 };
    const app = createService({
      name: 'ops',
      logger: captureLogger().logger,
      defaultMetrics: false,
      readiness: projectionsReady({ users, articles }),
    });
    expect((await app.inject({ url: '/readyz' })).statusCode).toBe(503);
    articles.caughtUp = true;
    const res = await app.inject({ url: '/readyz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ready', users: 4, articles: 9 });
  });

  it('answers 503 with a problem naming a projection that stopped on an error', async () => {
    const users = { caughtUp: true, offset: 4 };
    const articles = { caughtUp: false, offset: 9, error: new Error('event 10 failed its schema') };
    const app = createService({
      name: 'ops',
      logger: captureLogger().logger,
      defaultMetrics: false,
      readiness: projectionsReady({ users, articles }),
    });
    const res = await app.inject({ url: '/readyz' });
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'KIT_012', status: 503 });
    expect(res.json().detail).toContain('"articles"');
    expect(res.json().detail).toContain('event 10 failed its schema');
  });
});
