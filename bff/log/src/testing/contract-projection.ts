import { expect, it } from 'vitest';
import { LogErrorCode } from '../errors.js';
import { createProjection } from '../projection.js';
import type { EventLog } from '../types.js';
import { userRegistered, type EventLogFixture } from './fixture.js';

type Use = (body: (fixture: EventLogFixture) => Promise<void>) => () => Promise<void>;

const countUsers = (log: EventLog) =>
  createProjection({
    log,
    stream: 'users',
    initial: () => ({ names: [] as string[] }),
    apply: (state, event) => {
      const data = event.data as { username: string };
      if (data.username === 'poison') throw new Error('rejected');
      return { names: [...state.names, data.username] };
    },
  });

export function projectionContract(use: Use): void {
  it(
    'rebuilds from the start, reports caught up, then applies live appends',
    use(async ({ log }) => {
      await log.append('users', [userRegistered(1), userRegistered(2)]);
      const projection = countUsers(log);
      expect(projection.caughtUp).toBe(false);
      await projection.start();
      expect(projection.caughtUp).toBe(true);
      expect(projection.state.names).toEqual(['user1', 'user2']);
      const { offsets } = await log.append('users', [userRegistered(3)]);
      await projection.waitFor(offsets[0]!);
      expect(projection.state.names).toEqual(['user1', 'user2', 'user3']);
      expect(projection.offset).toBe(3);
      await projection.stop();
    }),
  );

  it(
    'is caught up at once on an empty stream',
    use(async ({ log }) => {
      const projection = countUsers(log);
      await projection.start();
      expect(projection.caughtUp).toBe(true);
      await projection.stop();
    }),
  );

  it(
    'skips an event its fold rejects and keeps going',
    use(async ({ log }) => {
      const poison = userRegistered(7, {});
      (poison.data as { username: string }).username = 'poison';
      await log.append('users', [userRegistered(1), poison, userRegistered(2)]);
      const projection = countUsers(log);
      await projection.start();
      expect(projection.state.names).toEqual(['user1', 'user2']);
      expect(projection.offset).toBe(3);
      await projection.stop();
    }),
  );

  it(
    'times out waiting for an offset that never comes, with a typed error',
    use(async ({ log }) => {
      const projection = countUsers(log);
      await projection.start();
      await expect(projection.waitFor(5, { timeoutMs: 50 })).rejects.toMatchObject({
        code: LogErrorCode.Timeout,
      });
      await projection.stop();
    }),
  );
}
