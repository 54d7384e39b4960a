import { captureLogger } from '@tessera/kit/testing';
import { openEventLog } from '@tessera/log';
import { describe, expect, it } from 'vitest';
import { createArticlesBff } from './app.js';
import { problemSchema } from './contract/index.js';
import { createTestSessions, draft, editor, startTestBff } from './testing.js';

describe('the articles BFF', () => {
  it('answers 503 "starting" and is not ready until its projections have caught up', async () => {
    const log = await openEventLog('memory:');
    const sessions = await createTestSessions();
    const bff = createArticlesBff({
      log,
      logger: captureLogger('bff-articles', 'warn').logger,
      defaultMetrics: false,
      sessionKeys: { jwks: { keys: [sessions.publicJwk] } },
    });
    expect((await bff.app.inject('/readyz')).statusCode).toBe(503);
    const early = await bff.app.inject('/api/articles/front');
    expect(early.statusCode).toBe(503);
    expect(problemSchema.parse(early.json()).code).toBe('ARTICLES_008');
    expect((await bff.app.inject('/api/articles/openapi.json')).statusCode).toBe(200);
    await bff.start();
    expect((await bff.app.inject('/readyz')).statusCode).toBe(200);
    expect((await bff.app.inject('/api/articles/front')).statusCode).toBe(200);
    await bff.app.close();
  });

  it('counts applied events and answers unknown routes with a 404 problem', async () => {
    const t = await startTestBff();
    await t.bff.app.inject({
      method: 'POST',
      url: '/api/articles',
      payload: draft(),
      headers: await t.as(editor),
    });
    const metrics = (await t.bff.app.inject('/metrics')).body;
    expect(metrics).toMatch(/projection_events_applied_total\{projection="articles"\} 1/);
    expect(metrics).toMatch(/projection_events_applied_total\{projection="users"\} 3/);
    const missing = await t.bff.app.inject('/api/articles/by-slug/x/nothing');
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    await t.close();
  });
});
