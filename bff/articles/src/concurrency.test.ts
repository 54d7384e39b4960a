import { sharedLogs, type SharedLog } from '@tessera/log/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestSessions,
  draft,
  editor,
  secondEditor,
  startTestBff,
  type TestBff,
} from './testing.js';

async function publish(t: TestBff, body: object, who = editor) {
  return t.bff.app.inject({
    method: 'POST',
    url: '/api/articles',
    payload: body,
    headers: await t.as(who),
  });
}

describe.each(sharedLogs)('two replicas on %s writing at once', (_name, openShared) => {
  let shared: SharedLog;
  let a: TestBff;
  let b: TestBff;

  // Each replica has its own log connection and projection.
  beforeAll(async () => {
    shared = await openShared();
    const sessions = await createTestSessions();
    a = await startTestBff({ url: shared.url, sessions });
    b = await startTestBff({ url: shared.url, sessions, users: false });
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await shared.dispose();
  });

  it('give a contested slug to exactly one of them; the other gets 409', async () => {
    const [first, second] = await Promise.all([
      publish(a, draft({ slug: 'contested' })),
      publish(b, draft({ slug: 'contested' }), secondEditor),
    ]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([201, 409]);
  });

  it('give headlines that derive the same slug two distinct slugs', async () => {
    const responses = await Promise.all([
      publish(a, draft({ title: 'Same headline' })),
      publish(b, draft({ title: 'Same headline' })),
      publish(a, draft({ title: 'Same headline' })),
    ]);
    expect(responses.map((r) => r.statusCode)).toEqual([201, 201, 201]);
    const slugs = responses.map((r) => r.json().article.slug as string).sort();
    expect(slugs).toEqual(['same-headline', 'same-headline-2', 'same-headline-3']);
  });

  it('let a replica revise an article another replica has just published', async () => {
    for (const n of [1, 2, 3]) {
      const published = await publish(a, draft({ slug: `fresh-${n}` }));
      expect(published.statusCode).toBe(201);
      const revise = await b.bff.app.inject({
        method: 'PATCH',
        url: `/api/articles/by-slug/fresh-${n}`,
        payload: { title: `Fresh ${n}, revised` },
        headers: await b.as(secondEditor),
      });
      expect(revise.statusCode).toBe(200);
    }
  });

  it('never apply a revision made against a retraction that won the race', async () => {
    await publish(a, draft({ slug: 'doomed' }));
    const [retract, revise] = await Promise.all([
      a.bff.app.inject({
        method: 'POST',
        url: '/api/articles/by-slug/doomed/retraction',
        payload: { reason: 'Withdrawn.' },
        headers: await a.as(editor),
      }),
      b.bff.app.inject({
        method: 'PATCH',
        url: '/api/articles/by-slug/doomed',
        payload: { title: 'Doomed, revised' },
        headers: await b.as(secondEditor),
      }),
    ]);
    expect(retract.statusCode).toBe(200);
    // Either the revision landed first (200) or it saw the retraction (410); never both lost.
    expect([200, 410]).toContain(revise.statusCode);
    // b applies a's retraction when it follows the log, not necessarily by now.
    const readOnB = async () => (await b.bff.app.inject('/api/articles/by-slug/doomed')).statusCode;
    await expect.poll(readOnB, { timeout: 5_000 }).toBe(410);
  });
});
