import { expect, it } from 'vitest';
import { LogErrorCode } from '../errors.js';
import type { EventEnvelope } from '../types.js';
import { eventually, userIds, userRegistered, type EventLogFixture } from './fixture.js';

type Use = (body: (fixture: EventLogFixture) => Promise<void>) => () => Promise<void>;

export function readContract(use: Use): void {
  it(
    'reads events in offset order after a given offset, with the full envelope',
    use(async ({ log }) => {
      const events = [1, 2, 3, 4, 5].map((n) => userRegistered(1000 + n));
      await log.append('users', events.slice(0, 2));
      await log.append('users', events.slice(2));
      const all = await log.read('users');
      expect(all.map((e) => e.offset)).toEqual([1, 2, 3, 4, 5]);
      expect(userIds(all)).toEqual([
        'user-1001',
        'user-1002',
        'user-1003',
        'user-1004',
        'user-1005',
      ]);
      expect(all[0]).toMatchObject({
        stream: 'users',
        type: 'user.registered',
        key: 'user-1001',
        version: 1,
      });
      expect(typeof all[0]!.id).toBe('string');
      expect(typeof all[0]!.traceId).toBe('string');
      expect(Number.isNaN(Date.parse(all[0]!.time))).toBe(false);
      expect((await log.read('users', { after: 2, limit: 2 })).map((e) => e.offset)).toEqual([
        3, 4,
      ]);
      expect(await log.read('users', { after: 5 })).toEqual([]);
      expect(await log.read('nothing-here')).toEqual([]);
    }),
  );

  it(
    'upcasts events stored with an older schema version to the latest',
    use(async ({ log }) => {
      const data = { articleId: 'a1', title: 'Hello, World', body: 'First body', authorId: 'u1' };
      await log.append('articles', [{ type: 'article.published', key: 'a1', version: 1, data }]);
      const [event] = await log.read('articles');
      expect(event).toMatchObject({
        version: 2,
        data: { ...data, slug: 'hello-world', summary: 'First body', tags: [] },
      });
    }),
  );

  it(
    'reports a corrupt or truncated stored record as a typed error on read',
    use(async ({ log, injectRaw }) => {
      await log.append('users', [userRegistered()]);
      await injectRaw('users', '{"id":"x","stream":"users","type":"user.regis');
      await expect(log.read('users')).rejects.toMatchObject({ code: LogErrorCode.CorruptRecord });
      expect(await log.read('users', { limit: 1 })).toHaveLength(1);
    }),
  );

  it(
    'follows a stream: existing events first, then live appends, in order',
    use(async ({ log }) => {
      await log.append('users', [userRegistered(), userRegistered()]);
      const seen: EventEnvelope[] = [];
      const follower = log.follow('users', {}, (batch) => void seen.push(...batch));
      await eventually(() => seen.length === 2);
      for (let i = 0; i < 5; i++) await log.append('users', [userRegistered()]);
      await eventually(() => seen.length === 7);
      expect(seen.map((e) => e.offset)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(follower.position).toBe(7);
      await follower.stop();
      await follower.done;
    }),
  );
}
