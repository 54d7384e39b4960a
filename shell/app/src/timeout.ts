import type { Timers } from './timers.js';

export class TimeoutError extends Error {
  override name = 'TimeoutError';
}

/**
 * Settles like `promise`, or rejects with a TimeoutError after `ms`. The underlying work cannot
 * be cancelled; callers decide what to do if it settles late.
 */
export function withTimeout<T>(
  promise: Promise<T>,
  ms: number,
  timers: Timers,
  what: string,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const handle = timers.setTimeout(
      () => reject(new TimeoutError(`${what} did not finish within ${ms} ms`)),
      ms,
    );
    promise.then(
      (value) => {
        timers.clearTimeout(handle);
        resolve(value);
      },
      (error: unknown) => {
        timers.clearTimeout(handle);
        reject(error);
      },
    );
  });
}
