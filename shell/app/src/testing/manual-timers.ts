import type { Timers } from '../timers.js';

/** Lets every pending promise callback run (a real macrotask turn). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface ManualTimers extends Timers {
  /** Every delay asked for, in order. */
  readonly requested: number[];
  /** Moves the clock forward, firing due callbacks in time order and settling after each. */
  advance(ms: number): Promise<void>;
  pending(): number;
}

/** A clock that only moves when the test says so. */
export function manualTimers(): ManualTimers {
  let now = 0;
  let nextId = 1;
  const queue = new Map<number, { at: number; callback: () => void }>();
  const requested: number[] = [];
  return {
    requested,
    setTimeout(callback, ms) {
      requested.push(ms);
      const id = nextId++;
      queue.set(id, { at: now + ms, callback });
      return id;
    },
    clearTimeout(handle) {
      queue.delete(handle as number);
    },
    async advance(ms) {
      const end = now + ms;
      await settle();
      for (;;) {
        const due = [...queue.entries()]
          .filter(([, timer]) => timer.at <= end)
          .sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
        if (!due) break;
        queue.delete(due[0]);
        now = due[1].at;
        due[1].callback();
        await settle();
      }
      now = end;
    },
    pending: () => queue.size,
  };
}
