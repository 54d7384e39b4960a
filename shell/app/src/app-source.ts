import type { ReportAppError } from './events.js';
import { toLifecycles, type Lifecycles } from './lifecycles.js';
import type { Candidate, PlannedApp } from './plan.js';
import type { RemoteRuntime } from './remote-runtime.js';
import { retry, type RetryDeps, type RetryOptions } from './retry.js';
import { withTimeout } from './timeout.js';

export interface Loaded {
  lifecycles: Lifecycles;
  version: string;
}

export interface AppSource {
  /** Loads an exposed module of the app from the first release that works. */
  load(expose: string): Promise<Loaded>;
}

export interface AppSourceOptions extends RetryDeps {
  app: PlannedApp;
  runtime: RemoteRuntime;
  loadTimeoutMs: number;
  retry: RetryOptions;
  reportError: ReportAppError;
}

export class AppUnavailableError extends Error {
  override name = 'AppUnavailableError';
}

/**
 * Loads one app's exposed modules. Each release is tried with retries (backoff + jitter) and a
 * timeout per try; when one is exhausted the next is tried (canary → current → previous). Once
 * a release has delivered a module it is kept, so an app and its parcels never mix versions.
 */
export function createAppSource(options: AppSourceOptions): AppSource {
  const { app, runtime, timers } = options;
  let pinned: Candidate | undefined;
  let stale = false;
  let queue: Promise<unknown> = Promise.resolve();

  async function tryOnce(release: Candidate, expose: string): Promise<Lifecycles> {
    runtime.use(app.remote, release.manifest, stale && !pinned);
    stale = false;
    const what = `${app.name}@${release.version} ${expose}`;
    try {
      const module = await withTimeout(
        runtime.load(app.remote, expose),
        options.loadTimeoutMs,
        timers,
        `Loading ${what}`,
      );
      return toLifecycles(module, what);
    } catch (error) {
      stale = true;
      throw error;
    }
  }

  async function loadNow(expose: string): Promise<Loaded> {
    let lastError: unknown;
    for (const release of pinned ? [pinned] : app.releases) {
      try {
        const lifecycles = await retry(() => tryOnce(release, expose), options.retry, options);
        pinned = release;
        return { lifecycles, version: release.version };
      } catch (error) {
        lastError = error;
        options.reportError({ app: app.name, version: release.version, phase: 'load', error });
      }
    }
    throw new AppUnavailableError(`${app.name} ${expose} could not be loaded`, {
      cause: lastError,
    });
  }

  return {
    load(expose) {
      // One load at a time per app: a release switch must not pull the remote from under another.
      const result = queue.then(() => loadNow(expose));
      queue = result.catch(() => undefined);
      return result;
    },
  };
}
