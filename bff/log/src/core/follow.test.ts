import { describe, expect, it } from 'vitest';
import { createMemoryDriver } from '../adapters/memory.js';
import { LogError, LogErrorCode } from '../errors.js';
import { eventually, userRegistered } from '../testing/fixture.js';
import type { LogDriver } from './driver.js';
import { createEventLog } from './event-log.js';

/** A memory driver whose checkpoint calls fail with LOG_006 the first `times` times each. */
function electingDriver(times: number): LogDriver & { failed: number } {
  const driver = createMemoryDriver();
  let loads = times;
  let writes = times;
  const refuse = () => {
    electing.failed++;
    return new LogError(LogErrorCode.Unavailable, 'no JetStream leader (test)');
  };
  const electing: LogDriver & { failed: number } = {
    ...driver,
    failed: 0,
    async getCheckpoint(consumer, stream) {
      if (loads-- > 0) throw refuse();
      return driver.getCheckpoint(consumer, stream);
    },
    async setCheckpoint(consumer, stream, offset) {
      if (writes-- > 0) throw refuse();
      return driver.setCheckpoint(consumer, stream, offset);
    },
  };
  return electing;
}

describe('durable consumer while the log is unavailable', () => {
  it('keeps retrying its checkpoint past the adapter deadline instead of stopping', async () => {
    const driver = electingDriver(2);
    const log = createEventLog(driver);
    await log.append('users', [userRegistered(), userRegistered()]);
    const seen: number[] = [];
    const consumer = log.consume({
      stream: 'users',
      consumer: 'mailer',
      handle: (e) => void seen.push(e.offset),
    });
    let ended = false;
    void consumer.done.finally(() => (ended = true));
    await eventually(async () => (await log.checkpoints()).some((c) => c.offset === 2));
    await log.append('users', [userRegistered()]);
    await eventually(() => seen.length === 3);
    expect(driver.failed).toBe(4);
    expect(ended).toBe(false);
    expect(seen).toEqual([1, 2, 3]);
    await consumer.stop();
    await log.close();
  });

  it('still stops at once, with the error, on a failure that is not about availability', async () => {
    const driver = createMemoryDriver();
    const broken = new LogError(LogErrorCode.BadArgument, 'bad checkpoint (test)');
    const log = createEventLog({
      ...driver,
      setCheckpoint: () => Promise.reject(broken),
    });
    await log.append('users', [userRegistered()]);
    const consumer = log.consume({ stream: 'users', consumer: 'mailer', handle: () => {} });
    await expect(consumer.done).rejects.toBe(broken);
    await log.close();
  });
});
