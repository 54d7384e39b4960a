import { describe, expect, it } from 'vitest';
import { manualTimers } from './testing/manual-timers.js';
import { TimeoutError, withTimeout } from './timeout.js';

describe('withTimeout', () => {
  it('passes a result through and clears its timer', async () => {
    const timers = manualTimers();
    await expect(withTimeout(Promise.resolve(3), 100, timers, 'work')).resolves.toBe(3);
    expect(timers.pending()).toBe(0);
  });

  it('passes a failure through', async () => {
    const timers = manualTimers();
    const failing = withTimeout(Promise.reject(new Error('boom')), 100, timers, 'work');
    await expect(failing).rejects.toThrow('boom');
  });

  it('rejects with a TimeoutError naming the work once the time is up', async () => {
    const timers = manualTimers();
    const hanging = withTimeout(new Promise<never>(() => {}), 100, timers, 'Loading search');
    const outcome = expect(hanging).rejects.toThrow(TimeoutError);
    await timers.advance(99);
    expect(timers.pending()).toBe(1);
    await timers.advance(1);
    await outcome;
    await expect(hanging).rejects.toThrow('Loading search did not finish within 100 ms');
  });
});
