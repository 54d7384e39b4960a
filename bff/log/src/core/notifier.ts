/** In-process wake-ups for readers waiting on a stream; no timers, no spinning. */
export interface Notifier {
  /** Resolves on the next notify(stream), or when the signal aborts. */
  wait(stream: string, signal: AbortSignal): Promise<void>;
  notify(stream: string): void;
  /** Streams somebody is waiting on (pollers only work while this is non-empty). */
  waitedStreams(): string[];
}

export interface NotifierOptions {
  /** Told when the first waiter arrives (true) and the last one leaves (false). */
  onActive?: (active: boolean) => void;
}

export function createNotifier(options: NotifierOptions = {}): Notifier {
  const waiters = new Map<string, Set<() => void>>();
  let count = 0;
  const track = (delta: number) => {
    const before = count;
    count += delta;
    if (before === 0 && count > 0) options.onActive?.(true);
    if (before > 0 && count === 0) options.onActive?.(false);
  };
  return {
    wait(stream, signal) {
      return new Promise((resolve) => {
        if (signal.aborted) return resolve();
        const set = waiters.get(stream) ?? new Set();
        waiters.set(stream, set);
        const wake = () => {
          set.delete(wake);
          track(-1);
          if (set.size === 0) waiters.delete(stream);
          signal.removeEventListener('abort', wake);
          resolve();
        };
        set.add(wake);
        track(1);
        signal.addEventListener('abort', wake, { once: true });
      });
    },
    notify(stream) {
      for (const wake of [...(waiters.get(stream) ?? [])]) wake();
    },
    waitedStreams: () => [...waiters.keys()],
  };
}
