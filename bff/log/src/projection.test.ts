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
