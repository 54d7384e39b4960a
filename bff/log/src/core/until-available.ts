import type { Logger } from 'pino';
import { LogErrorCode, isLogError } from '../errors.js';
import { backoffDelay, sleep } from './backoff.js';

export interface UntilAvailableOptions {
  /** Aborted when the loop stops: the last error is rethrown instead of retrying. */
  signal: AbortSignal;
  logger?: Logger;
}

/**
 * For the calls a follower or consumer cannot skip (loading or writing its checkpoint,
 * dead-lettering). The adapter has already retried to its deadline before saying LOG_006, but
 * an election can outlast that deadline, and a long-running loop must not end over it: keep
 * trying, with backoff, until the loop is stopped. Other errors are rethrown at once.
 */
export async function untilAvailable<T>(
  what: string,
  call: () => Promise<T>,
  options: UntilAvailableOptions,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!isLogError(error, LogErrorCode.Unavailable) || options.signal.aborted) throw error;
      options.logger?.warn({ err: error, attempt }, `${what}: the log is unavailable; retrying`);
      await sleep(backoffDelay(attempt, 100, 5_000), options.signal);
      if (options.signal.aborted) throw error;
    }
  }
}
