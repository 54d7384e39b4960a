import { expect, it } from 'vitest';
import { LogErrorCode } from '../errors.js';
import { userRegistered, type EventLogFixture } from './fixture.js';

type Use = (body: (fixture: EventLogFixture) => Promise<void>) => () => Promise<void>;

export function appendContract(use: Use): void {
  it(
    'assigns gap-free offsets from 1 per stream and reports the head',
    use(async ({ log }) => {
      expect(await log.head('users')).toBe(0);
      expect((await log.append('users', [userRegistered(), userRegistered()])).offsets).toEqual([
        1, 2,
      ]);
      expect((await log.append('users', [userRegistered()])).offsets).toEqual([3]);
      expect((await log.append('other', [userRegistered()])).offsets).toEqual([1]);
      expect(await log.head('users')).toBe(3);
      expect(await log.streams()).toEqual(expect.arrayContaining(['users', 'other']));
    }),
  );

  it(
    'treats a repeated event id as already written and returns its original offset',
    use(async ({ log }) => {
      const event = userRegistered(undefined, { id: 'fixed-id-1' });
      await log.append('users', [userRegistered()]);
      expect((await log.append('users', [event])).offsets).toEqual([2]);
      expect((await log.append('users', [userRegistered(), event])).offsets).toEqual([3, 2]);
      expect(await log.head('users')).toBe(3);
    }),
  );

  it(
    'rejects a batch holding one invalid event and writes none of it',
    use(async ({ log }) => {
      const bad = userRegistered(undefined, { data: { userId: 'x' } });
      await expect(log.append('users', [userRegistered(), bad])).rejects.toMatchObject({
        code: LogErrorCode.InvalidEvent,
      });
      await expect(
        log.append('users', [userRegistered(), { type: 'user.vanished', key: 'k', data: {} }]),
      ).rejects.toMatchObject({ code: LogErrorCode.UnknownType });
      await expect(
        log.append('users', [userRegistered(undefined, { version: 9 })]),
      ).rejects.toMatchObject({
        code: LogErrorCode.UnknownType,
      });
      expect(await log.head('users')).toBe(0);
    }),
  );

  it(
    'rejects bad stream names and empty batches with a typed error',
    use(async ({ log }) => {
      await expect(log.append('Bad Name', [userRegistered()])).rejects.toMatchObject({
        code: LogErrorCode.BadArgument,
      });
      await expect(log.append('users', [])).rejects.toMatchObject({
        code: LogErrorCode.BadArgument,
      });
      await expect(log.read('users', { after: -1 })).rejects.toMatchObject({
        code: LogErrorCode.BadArgument,
      });
    }),
  );

  it(
    'appends conditionally on the expected head and reports a conflict without writing',
    use(async ({ log }) => {
      expect(
        (await log.append('deploys', [userRegistered()], { expectedHead: 0 })).offsets,
      ).toEqual([1]);
      expect(
        (await log.append('deploys', [userRegistered(), userRegistered()], { expectedHead: 1 }))
          .offsets,
      ).toEqual([2, 3]);
      await expect(
        log.append('deploys', [userRegistered()], { expectedHead: 2 }),
      ).rejects.toMatchObject({
        code: LogErrorCode.Conflict,
      });
      await expect(
        log.append('deploys', [userRegistered()], { expectedHead: null }),
      ).rejects.toMatchObject({
        code: LogErrorCode.Conflict,
      });
      expect(await log.head('deploys')).toBe(3);
    }),
  );

  it(
    'answers a retried conditional append that already landed with its offsets, not a conflict',
    use(async ({ log }) => {
      const event = userRegistered(undefined, { id: 'deploy-retry-1' });
      expect((await log.append('deploys', [event], { expectedHead: 0 })).offsets).toEqual([1]);
      expect((await log.append('deploys', [event], { expectedHead: 0 })).offsets).toEqual([1]);
      expect(await log.head('deploys')).toBe(1);
    }),
  );

  it(
    'lets exactly one of several concurrent conditional appends on one head win',
    use(async ({ log }) => {
      await log.append('deploys', [userRegistered()]);
      const results = await Promise.allSettled(
        [1, 2, 3, 4].map(() => log.append('deploys', [userRegistered()], { expectedHead: 1 })),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results)
        if (r.status === 'rejected')
          expect(r.reason).toMatchObject({ code: LogErrorCode.Conflict });
      expect(await log.head('deploys')).toBe(2);
    }),
  );

  it(
    'refuses calls after close with a typed error',
    use(async ({ log }) => {
      await log.close();
      await expect(log.append('users', [userRegistered()])).rejects.toMatchObject({
        code: LogErrorCode.Closed,
      });
    }),
  );
}
