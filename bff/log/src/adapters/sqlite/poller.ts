import type { Notifier } from '../../core/notifier.js';

export interface ChangePollerOptions {
  intervalMs: number;
  /** SQLite's PRAGMA data_version: changes when another connection commits. */
  dataVersion: () => number;
  notifier: Notifier;
}

/**
 * Other processes' commits are invisible to in-process notifications, so while anyone waits
 * we check data_version on a timer (a cheap read of shared memory, no table access) and wake
 * the waiters when it moves. With no waiters the timer does nothing.
 */
export interface ChangePoller {
  /** Keep the process alive while somebody waits for another process's append. */
  setActive(active: boolean): void;
  stop(): void;
}

export function startChangePoller(options: ChangePollerOptions): ChangePoller {
  let last = options.dataVersion();
  const timer = setInterval(() => {
    const streams = options.notifier.waitedStreams();
    if (streams.length === 0) return;
    const now = options.dataVersion();
    if (now === last) return;
    last = now;
    for (const stream of streams) options.notifier.notify(stream);
  }, options.intervalMs);
  timer.unref();
  return {
    setActive: (active) => void (active ? timer.ref() : timer.unref()),
    stop: () => clearInterval(timer),
  };
}
