/** In-process wake-ups for readers waiting on a stream; no timers, no spinning. */
export interface Notifier {
  /** Resolves on the next notify(stream), or when the signal aborts. */
  wait(stream: string, signal: AbortSignal): Promise<void>;
  notify(stream: string): void;
  /** Streams somebody is waiting on (pollers only work while this is non-empty). */
  waitedStreams(): string[];
}

export function createNotifier(): Notifier {
  const waiters = new Map<string, Set<() => void>>();
  return {
    wait(stream, signal) {
      return new Promise((resolve) => {
        if (signal.aborted) return resolve();
        const set = waiters.get(stream) ?? new Set();
        waiters.set(stream, set);
        const wake = () => {
          set.delete(wake);
          if (set.size === 0) waiters.delete(stream);
          signal.removeEventListener('abort', wake);
          resolve();
        };
        set.add(wake);
        signal.addEventListener('abort', wake, { once: true });
      });
    },
    notify(stream) {
      for (const wake of [...(waiters.get(stream) ?? [])]) wake();
    },
    waitedStreams: () => [...waiters.keys()],
  };
}
