import { describe, expect, it } from 'vitest';
import { createMemoryDriver } from './adapters/memory.js';
import { createEventLog } from './core/event-log.js';
import { LogError, LogErrorCode, isLogError } from './errors.js';
import { createProjection } from './projection.js';
import { eventually, userRegistered } from './testing/fixture.js';

describe('projection whose reader fails', () => {
  it('reports the error and rejects waitFor with it rather than timing out', async () => {
    const driver = createMemoryDriver();
    const refused = new LogError(LogErrorCode.ReadFailed, 'refused (test)');
    let reads = 0;
    const log = createEventLog({
      ...driver,
      openCursor: (stream, after) => {
        const cursor = driver.openCursor(stream, after);
        return {
          next: (max, signal) =>
            reads++ === 0 ? cursor.next(max, signal) : Promise.reject(refused),
          close: () => cursor.close(),
        };
      },
    });
    await log.append('users', [userRegistered()]);
    const projection = createProjection({
      log,
      stream: 'users',
      initial: () => 0,
      apply: (count) => count + 1,
    });
    await projection.start();
    await eventually(() => projection.error !== undefined);
    expect(projection.error).toBe(refused);
    const { offsets } = await log.append('users', [userRegistered()]);
    const waited = await projection.waitFor(offsets[0]!, { timeoutMs: 2_000 }).catch((e) => e);
    expect(isLogError(waited, LogErrorCode.ReadFailed)).toBe(true);
    expect(projection.state).toBe(1);
    await projection.stop();
    await log.close();
  });
});

describe('projection with a catch-up', () => {
  type Options = Parameters<typeof createProjection<number>>[0];
  const countUsers = (catchUp: Options['catchUp'], onSkipped?: Options['onSkipped']) => {
    const log = createEventLog(createMemoryDriver());
    const projection = createProjection({
      log,
      stream: 'users',
      initial: () => 0,
      apply: (count) => count + 1,
      catchUp,
      onSkipped,
    });
    return { log, projection };
  };

  it('follows the log from the last offset the catch-up reported', async () => {
    const { log, projection } = countUsers(async (context) => {
      // Folds the first event as ten, so the test can tell who applied what.
      context.fold(1, (count) => count + 10);
      context.skipped(2, new Error('undecodable (test)'));
    });
    await log.append('users', [userRegistered(), userRegistered(), userRegistered()]);
    await projection.start();
    expect([projection.state, projection.offset, projection.caughtUp]).toEqual([11, 3, true]);
    const { offsets } = await log.append('users', [userRegistered()]);
    await projection.waitFor(offsets[0]!);
    expect(projection.state).toBe(12);
    await projection.stop();
    await log.close();
  });

  it('folds as its own reader does: an offset folded already is passed over, a throw skips the event', async () => {
    const skipped: number[] = [];
    const { log, projection } = countUsers(
      async (context) => {
        context.fold(1, (count) => count + 10);
        context.fold(1, (count) => count + 100);
        context.fold(2, () => {
          throw new Error('rejected (test)');
        });
        context.skipped(2, new Error('redelivered (test)'));
      },
      ({ offset }) => skipped.push(offset),
    );
    await log.append('users', [userRegistered(), userRegistered(), userRegistered()]);
    await projection.start();
    expect([projection.state, projection.offset, skipped]).toEqual([11, 3, [2]]);
    await projection.stop();
    await log.close();
  });

  it('is caught up once the catch-up reached the head, before any follower read', async () => {
    let waitedDuringCatchUp: Promise<void> | undefined;
    const { log, projection } = countUsers(async (context) => {
      waitedDuringCatchUp = projection.waitFor(2);
      context.fold(1, () => 1);
      context.fold(2, () => 2);
    });
    await log.append('users', [userRegistered(), userRegistered()]);
    await projection.start();
    await waitedDuringCatchUp;
    expect([projection.state, projection.caughtUp]).toEqual([2, true]);
    await projection.stop();
    await log.close();
  });

  it('stops a catch-up in progress and then reads nothing', async () => {
    let reachedSignal: AbortSignal | undefined;
    const { log, projection } = countUsers(async ({ signal }) => {
      reachedSignal = signal;
      await new Promise((resolve) => signal.addEventListener('abort', resolve));
    });
    await log.append('users', [userRegistered()]);
    const starting = projection.start();
    await eventually(() => reachedSignal !== undefined);
    await projection.stop();
    await starting;
    expect([reachedSignal!.aborted, projection.state, projection.caughtUp]).toEqual([
      true,
      0,
      false,
    ]);
    await log.close();
  });
});
