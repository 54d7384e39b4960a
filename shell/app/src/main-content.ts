import { CONTENT_SHOWN_EVENT } from '@tessera/mfe-kit';
import type { Timers } from './timers.js';

// Bubbles up from the route's app once its first content is on screen (docs/contracts.md).
export { CONTENT_SHOWN_EVENT };

/** How long after the route settles the shell waits for an app that never announces content. */
export const CONTENT_WAIT_MS = 3000;

export interface MainContentOptions {
  /** The main slot, where the route's app lives and announces its content. */
  main: HTMLElement;
  timers: Timers;
  waitMs?: number;
}

export interface MainContent {
  /** Resolves once the main slot shows content, or the wait after `routeSettled` ran out. */
  readonly shown: Promise<void>;
  /**
   * The route's mounts have settled. The shell's own pages (404, an app's fallback) are content
   * already; a mounted app gets `waitMs` to announce its own.
   */
  routeSettled(): void;
}

/** Knows when the route's main content is first on screen; listens from the start. */
export function watchMainContent({
  main,
  timers,
  waitMs = CONTENT_WAIT_MS,
}: MainContentOptions): MainContent {
  let timer: unknown;
  let done = false;
  let resolveShown!: () => void;
  const shown = new Promise<void>((resolve) => (resolveShown = resolve));
  const finish = () => {
    if (done) return;
    done = true;
    main.removeEventListener(CONTENT_SHOWN_EVENT, finish);
    if (timer !== undefined) timers.clearTimeout(timer);
    resolveShown();
  };
  main.addEventListener(CONTENT_SHOWN_EVENT, finish);
  return {
    shown,
    routeSettled() {
      if (done || timer !== undefined) return;
      if (!main.querySelector('[data-tessera-app]')) finish();
      else timer = timers.setTimeout(finish, waitMs);
    },
  };
}
