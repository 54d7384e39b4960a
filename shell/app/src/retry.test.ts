import { describe, expect, it } from 'vitest';
import { backoffDelay, retry } from './retry.js';
import { manualTimers } from './testing/manual-timers.js';

const options = { attempts: 4, baseDelayMs: 100, maxDelayMs: 300 };

describe('retry with exponential backoff and jitter', () => {
  it('waits between half and all of an exponentially growing, capped step', () => {
    expect([0, 1, 2, 3].map((n) => backoffDelay(n, options, () => 0))).toEqual([50, 100, 150, 150]);
    expect([0, 1, 2, 3].map((n) => backoffDelay(n, options, () => 0.999999))).toEqual([
      100, 200, 300, 300,
    ]);
    expect(backoffDelay(1, options, () => 0.5)).toBe(150);
  });

  it('retries a failing task until it succeeds, sleeping the backoff in between', async () => {
    const timers = manualTimers();
    const attempts: number[] = [];
    const result = retry(
      async (attempt) => {
        attempts.push(attempt);
        if (attempt < 2) throw new Error(`fail ${attempt}`);
        return 'ok';
      },
      options,
      { timers, random: () => 0 },
    );
    await timers.advance(1_000);
    await expect(result).resolves.toBe('ok');
    expect(attempts).toEqual([0, 1, 2]);
    expect(timers.requested).toEqual([50, 100]);
  });

  it('gives up after the configured number of attempts with the last error', async () => {
    const timers = manualTimers();
    let calls = 0;
    const result = retry(
      async () => {
        calls += 1;
        throw new Error(`fail ${calls}`);
      },
      { ...options, attempts: 3 },
      { timers, random: () => 1 },
    );
    const outcome = expect(result).rejects.toThrow('fail 3');
    await timers.advance(10_000);
    await outcome;
    expect(calls).toBe(3);
    expect(timers.requested).toEqual([100, 200]);
  });

  it('does not wait before the first attempt', async () => {
    const timers = manualTimers();
    await expect(retry(async () => 7, options, { timers, random: () => 0 })).resolves.toBe(7);
    expect(timers.requested).toEqual([]);
  });
});
