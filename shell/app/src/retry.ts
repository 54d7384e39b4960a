import { sleep, type Timers } from './timers.js';

export interface RetryOptions {
  /** Total tries, the first one included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface RetryDeps {
  timers: Timers;
  /** Uniform in [0, 1), like Math.random. */
  random: () => number;
}

/**
 * The wait before retry number `retry` (0-based): exponential, capped, with "equal jitter" —
 * between half and all of the step — so clients that failed together do not retry together.
 */
export function backoffDelay(retry: number, options: RetryOptions, random: () => number): number {
  const step = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** retry);
  return Math.round(step / 2 + (step / 2) * random());
}

/** Runs `task` until it resolves or `attempts` tries have failed; rejects with the last error. */
export async function retry<T>(
  task: (attempt: number) => Promise<T>,
  options: RetryOptions,
  deps: RetryDeps,
): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await task(attempt);
    } catch (error) {
      if (attempt + 1 >= options.attempts) throw error;
      await sleep(deps.timers, backoffDelay(attempt, options, deps.random));
    }
  }
}
