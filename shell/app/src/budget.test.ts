import { describe, expect, it } from 'vitest';
import { guardedMountBudgetMs, singleSpaTimeouts } from './budget.js';
import { defaultShellOptions } from './options.js';

const options = {
  loadTimeoutMs: 1_000,
  mountTimeoutMs: 500,
  retry: { attempts: 3, baseDelayMs: 100, maxDelayMs: 400 },
};

describe('the mount budget single-spa is given', () => {
  it('covers every try of every release, the waits between, bootstrap and mount', () => {
    // per release: 3 tries x 1000 + 2 waits x 400 = 3800; two releases; + 2 x 500 + 1000 slack
    expect(guardedMountBudgetMs(options, 2)).toBe(2 * 3_800 + 1_000 + 1_000);
  });

  it('grows with the number of releases to try', () => {
    expect(guardedMountBudgetMs(defaultShellOptions, 3)).toBeGreaterThan(
      guardedMountBudgetMs(defaultShellOptions, 1),
    );
  });

  it('never lets single-spa give up on its own, and warns no earlier than it times out', () => {
    const timeouts = singleSpaTimeouts(options, 2);
    expect(timeouts.mount).toEqual({
      millis: guardedMountBudgetMs(options, 2),
      dieOnTimeout: false,
      warningMillis: guardedMountBudgetMs(options, 2),
    });
    expect(timeouts.unmount.millis).toBeGreaterThan(2 * options.mountTimeoutMs);
  });
});
