import { describe, expect, it } from 'vitest';
import { createService } from './service.js';
import { captureLogger } from './testing.js';

function service(allowedOrigins?: string[]) {
  const app = createService({
    name: 'c',
    logger: captureLogger().logger,
    defaultMetrics: false,
    csrf: { allowedOrigins },
  });
  app.post('/change', async () => ({ changed: true }));
  app.get('/read', async () => ({ read: true }));
  return app;
}

const post = (headers: Record<string, string>) => ({
  method: 'POST' as const,
  url: '/change',
  headers: { host: 'news.test', ...headers },
});

describe('CSRF defence', () => {
  it('lets safe methods through without the header', async () => {
    expect((await service().inject({ url: '/read' })).statusCode).toBe(200);
  });

  it('refuses a mutation without the X-Tessera-CSRF header', async () => {
    const res = await service().inject(post({}));
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('KIT_008');
  });

  it('accepts a same-origin mutation carrying the header', async () => {
    const res = await service().inject(
      post({ 'x-tessera-csrf': '1', origin: 'http://news.test', 'sec-fetch-site': 'same-origin' }),
    );
    expect(res.statusCode).toBe(200);
  });

  it('refuses a cross-site fetch even with the header', async () => {
    const res = await service().inject(
      post({ 'x-tessera-csrf': '1', 'sec-fetch-site': 'cross-site' }),
    );
    expect(res.statusCode).toBe(403);
  });

  it('refuses a foreign Origin and honours the edge forwarded host', async () => {
    const app = service();
    const foreign = await app.inject(post({ 'x-tessera-csrf': '1', origin: 'http://evil.test' }));
    expect(foreign.statusCode).toBe(403);
    const proxied = await app.inject(
      post({
        'x-tessera-csrf': '1',
        origin: 'http://localhost:8080',
        'x-forwarded-host': 'localhost:8080',
      }),
    );
    expect(proxied.statusCode).toBe(200);
  });

  it('checks Origin against an explicit allow list when one is given', async () => {
    const app = service(['https://news.example']);
    expect(
      (await app.inject(post({ 'x-tessera-csrf': '1', origin: 'https://news.example' })))
        .statusCode,
    ).toBe(200);
    expect(
      (await app.inject(post({ 'x-tessera-csrf': '1', origin: 'http://news.test' }))).statusCode,
    ).toBe(403);
  });
});
