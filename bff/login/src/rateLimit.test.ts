import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rateLimit.js';

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('rate limiter', () => {
  it('admits `limit` hits per window, then says how long to wait', () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, now: time.now });
    expect(limiter.hit('k')).toBe(0);
    expect(limiter.hit('k')).toBe(0);
    time.advance(15_000);
    expect(limiter.hit('k')).toBe(45);
    expect(limiter.check('k')).toBe(45);
  });

  it('opens again when the window has passed', () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 1, windowMs: 1_000, now: time.now });
    limiter.hit('k');
    expect(limiter.check('k')).toBe(1);
    time.advance(1_000);
    expect(limiter.hit('k')).toBe(0);
  });

  it('counts keys separately and forgets a reset key', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000 });
    limiter.hit('a');
    expect(limiter.check('a')).toBeGreaterThan(0);
    expect(limiter.check('b')).toBe(0);
    limiter.reset('a');
    expect(limiter.check('a')).toBe(0);
  });

  it('drops the oldest key past its size cap', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 2 });
    limiter.hit('a');
    limiter.hit('b');
    limiter.hit('c');
    expect(limiter.check('a')).toBe(0);
    expect(limiter.check('c')).toBeGreaterThan(0);
  });
});
