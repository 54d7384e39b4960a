import { sharedLogs, type SharedLog } from '@tessera/log/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestSessions,
  draft,
  editor,
  secondEditor,
  startTestBff,
  type TestSessions,
} from './testing.js';

const READS = [
  '/api/articles/front',
  '/api/articles/front?page=2&pageSize=1&perSection=1',
  '/api/articles/sections',
  '/api/articles/sections/science',
  '/api/articles/sections/sport?pageSize=2',
  '/api/articles/by-slug/comet',
  '/api/articles/by-slug/comet/revisions/1',
  '/api/articles/by-slug/comet/revisions/2',
  '/api/articles/by-slug/derby',
  '/api/articles/by-slug/hoax',
  '/api/articles/by-slug/never-written',
];

describe.each(sharedLogs)('a restarted BFF on %s', (_name, openShared) => {
  let shared: SharedLog;
  let url: string;
  let sessions: TestSessions;
  beforeAll(async () => {
    shared = await openShared();
    url = shared.url;
    sessions = await createTestSessions();
  });
  afterAll(() => shared.dispose());

  it('rebuilds from the same log and serves the same answers', async () => {
    const first = await startTestBff({ url, sessions });
    const as = (who = editor) => first.as(who);
    const write = async (method: 'POST' | 'PATCH', path: string, payload: object, who = editor) => {
      const response = await first.bff.app.inject({
        method,
        url: path,
        payload,
        headers: await as(who),
      });
      expect(response.statusCode, response.body).toBeLessThan(300);
    };
    await write('POST', '/api/articles', draft({ slug: 'comet', section: 'science' }));
    await write('POST', '/api/articles', draft({ slug: 'derby', section: 'sport' }));
    await write('POST', '/api/articles', draft({ slug: 'relay', section: 'sport' }));
    await write('POST', '/api/articles', draft({ slug: 'hoax', section: 'science' }));
    await write('PATCH', '/api/articles/by-slug/comet', { title: 'Comet seen' }, secondEditor);
    await write('POST', '/api/articles/by-slug/hoax/retraction', { reason: 'It was a hoax.' });

    const before = [];
    for (const path of READS) {
      const response = await first.bff.app.inject(path);
      before.push([path, response.statusCode, response.json()]);
    }
    await first.close();

    const second = await startTestBff({ url, sessions, users: false });
    const after = [];
    for (const path of READS) {
      const response = await second.bff.app.inject(path);
      after.push([path, response.statusCode, response.json()]);
    }
    await second.close();
    // Problem documents carry per-request trace ids; everything else must match.
    const stable = (rows: unknown[][]) =>
      rows.map(([path, status, body]) => [
        path,
        status,
        { ...(body as object), traceId: undefined },
      ]);
    expect(stable(after)).toEqual(stable(before));
    expect(before.map(([, status]) => status)).toEqual([
      200, 200, 200, 200, 200, 200, 200, 200, 200, 410, 404,
    ]);
  });
});
