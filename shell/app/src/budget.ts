import type { ShellOptions } from './options.js';

/**
 * How long a guarded mount can take in the worst case: every release retried to the end, then
 * bootstrap and mount. single-spa is told this, so it does not log a timeout for a mount that
 * is still within the shell's own limits.
 */
export function guardedMountBudgetMs(options: ShellOptions, releases: number): number {
  const { attempts, maxDelayMs } = options.retry;
  const perRelease = attempts * options.loadTimeoutMs + (attempts - 1) * maxDelayMs;
  return releases * perRelease + 2 * options.mountTimeoutMs + 1_000;
}

/** The `timeouts` property of single-spa lifecycles for a guarded app or parcel. */
export function singleSpaTimeouts(options: ShellOptions, releases: number) {
  const mount = guardedMountBudgetMs(options, releases);
  // Unmount may wait for a mount in flight before running its own (both bounded).
  const unmount = 2 * options.mountTimeoutMs + 1_000;
  return {
    bootstrap: { millis: 1_000, dieOnTimeout: false, warningMillis: 1_000 },
    mount: { millis: mount, dieOnTimeout: false, warningMillis: mount },
    unmount: { millis: unmount, dieOnTimeout: false, warningMillis: unmount },
  };
}
