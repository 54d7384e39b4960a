/** A fixed-window counter per key; enough to slow guessing, cheap to keep in memory. */
export interface RateLimiter {
  /** Counts one hit; returns seconds to wait when the key is over its limit, else 0. */
  hit(key: string): number;
  /** Seconds to wait if the key is already over its limit, without counting. */
  check(key: string): number;
  reset(key: string): void;
}

export interface RateLimiterOptions {
  limit: number;
  windowMs: number;
  /** Keys kept at most; the oldest window is dropped past it (default 100 000). */
  maxKeys?: number;
  now?: () => number;
}

interface Window {
  start: number;
  count: number;
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const now = options.now ?? Date.now;
  const maxKeys = options.maxKeys ?? 100_000;
  const windows = new Map<string, Window>();

  function current(key: string): Window | undefined {
    const window = windows.get(key);
    if (window && now() - window.start >= options.windowMs) {
      windows.delete(key);
      return undefined;
    }
    return window;
  }

  function retryAfter(window: Window | undefined): number {
    if (!window || window.count < options.limit) return 0;
    return Math.max(1, Math.ceil((window.start + options.windowMs - now()) / 1000));
  }

  return {
    hit(key) {
      const existing = current(key);
      if (existing) {
        const wait = retryAfter(existing);
        existing.count++;
        return wait;
      }
      // Map keeps insertion order, so the first key is the oldest window.
      if (windows.size >= maxKeys) windows.delete(windows.keys().next().value!);
      windows.set(key, { start: now(), count: 1 });
      return 0;
    },
    check: (key) => retryAfter(current(key)),
    reset: (key) => void windows.delete(key),
  };
}
