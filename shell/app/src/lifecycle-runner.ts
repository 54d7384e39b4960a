import { runLifecycle, type Lifecycles } from './lifecycles.js';
import { createSerial, type Serial } from './serial.js';
import { withTimeout } from './timeout.js';
import type { Timers } from './timers.js';

type Props = Record<string, unknown>;

export interface LifecycleRunner {
  /** Bootstraps (once per lifecycles object), then mounts; each step within the timeout. */
  mount(lifecycles: Lifecycles, props: Props): Promise<void>;
  /** Unmounts within the timeout; a failure is logged, the slot is cleaned up regardless. */
  unmount(lifecycles: Lifecycles, props: Props): Promise<void>;
  /** Remote lifecycles run through here one at a time, so an unmount never overtakes a mount. */
  serial: Serial;
}

/** Runs one remote app's single-spa lifecycles with the shell's timeouts. */
export function createLifecycleRunner(options: {
  app: string;
  timeoutMs: number;
  timers: Timers;
}): LifecycleRunner {
  const { app, timeoutMs, timers } = options;
  const bootstrapped = new WeakSet<Lifecycles>();
  const serial = createSerial();

  function bounded(work: Promise<void>, what: string): Promise<void> {
    return withTimeout(work, timeoutMs, timers, `${what} of ${app}`);
  }

  async function bootstrapOnce(lifecycles: Lifecycles, props: Props) {
    if (bootstrapped.has(lifecycles)) return;
    await bounded(runLifecycle(lifecycles.bootstrap, props), 'Bootstrap');
    bootstrapped.add(lifecycles);
  }

  async function mountInTime(lifecycles: Lifecycles, props: Props) {
    let abandoned = false;
    const mounting = runLifecycle(lifecycles.mount, props);
    // A mount that finishes after its timeout is taken down again, leaving the fallback alone.
    mounting.then(
      () => {
        if (!abandoned) return;
        serial.run(() => runLifecycle(lifecycles.unmount, props)).catch(() => undefined);
      },
      () => undefined,
    );
    try {
      await bounded(mounting, 'Mount');
    } catch (error) {
      abandoned = true;
      throw error;
    }
  }

  return {
    serial,
    async mount(lifecycles, props) {
      await bootstrapOnce(lifecycles, props);
      await mountInTime(lifecycles, props);
    },
    async unmount(lifecycles, props) {
      try {
        await bounded(runLifecycle(lifecycles.unmount, props), 'Unmount');
      } catch (error) {
        console.error(`[tessera] unmounting ${app} failed`, error);
      }
    },
  };
}
