import { expect, it } from 'vitest';
import { LogErrorCode } from '../errors.js';
import { DEAD_LETTER_STREAM } from '../schemas/dead-letters.js';
import type { EventEnvelope } from '../types.js';
import { eventually, userRegistered, type EventLogFixture } from './fixture.js';

type Use = (body: (fixture: EventLogFixture) => Promise<void>) => () => Promise<void>;

const fastRetry = { maxAttempts: 3, initialDelayMs: 1, maxDelayMs: 5 };

export function consumeContract(use: Use): void {
  it(
    'resumes a durable consumer after its last checkpoint',
    use(async ({ log }) => {
      await log.append('users', [userRegistered(), userRegistered(), userRegistered()]);
      const first: number[] = [];
      const a = log.consume({
        stream: 'users',
        consumer: 'indexer',
        handle: (e) => void first.push(e.offset),
      });
      await eventually(async () =>
        (await log.checkpoints()).some((c) => c.consumer === 'indexer' && c.offset === 3),
      );
      await a.stop();
      await log.append('users', [userRegistered(), userRegistered()]);
      const second: number[] = [];
      const b = log.consume({
        stream: 'users',
        consumer: 'indexer',
        handle: (e) => void second.push(e.offset),
      });
      await eventually(() => second.length === 2);
      await b.stop();
      expect(first).toEqual([1, 2, 3]);
      expect(second).toEqual([4, 5]);
    }),
  );

  it(
    'replays from a reset checkpoint',
    use(async ({ log }) => {
      await log.append('users', [userRegistered(), userRegistered(), userRegistered()]);
      await log.setCheckpoint('mailer', 'users', 3);
      await log.setCheckpoint('mailer', 'users', 1);
      const seen: number[] = [];
      const c = log.consume({
        stream: 'users',
        consumer: 'mailer',
        handle: (e) => void seen.push(e.offset),
      });
      await eventually(() => seen.length === 2);
      await c.stop();
      expect(seen).toEqual([2, 3]);
    }),
  );

  it(
    'retries a failing handler, then dead-letters the event with its error and moves on',
    use(async ({ log }) => {
      await log.append('users', [userRegistered(), userRegistered(), userRegistered()]);
      const handled: number[] = [];
      let attemptsOnPoison = 0;
      const c = log.consume({
        stream: 'users',
        consumer: 'picky',
        retry: fastRetry,
        handle: (e: EventEnvelope) => {
          if (e.offset === 2) {
            attemptsOnPoison++;
            throw new Error('cannot handle offset 2');
          }
          handled.push(e.offset);
        },
      });
      await eventually(() => handled.length === 2);
      await c.stop();
      expect(handled).toEqual([1, 3]);
      expect(attemptsOnPoison).toBe(3);
      const [dead] = await log.read(DEAD_LETTER_STREAM);
      expect(dead).toMatchObject({
        type: 'event.dead-lettered',
        data: {
          consumer: 'picky',
          stream: 'users',
          offset: 2,
          attempts: 3,
          error: { message: 'cannot handle offset 2' },
        },
      });
    }),
  );

  it(
    'dead-letters a corrupt stored record and carries on with the next',
    use(async ({ log, injectRaw }) => {
      await log.append('users', [userRegistered()]);
      await injectRaw('users', 'not json at all');
      await log.append('users', [userRegistered()]);
      const handled: number[] = [];
      const c = log.consume({
        stream: 'users',
        consumer: 'robust',
        handle: (e) => void handled.push(e.offset),
      });
      await eventually(() => handled.length === 2);
      await c.stop();
      expect(handled).toEqual([1, 3]);
      const dead = await log.read(DEAD_LETTER_STREAM);
      expect(dead.map((d) => d.data)).toEqual([
        expect.objectContaining({
          offset: 2,
          eventId: null,
          error: expect.objectContaining({ code: LogErrorCode.CorruptRecord }),
        }),
      ]);
    }),
  );
}
