import type { AfterPaint } from './after-paint.js';
import { watchMainContent } from './main-content.js';
import type { Timers } from './timers.js';

export interface ParcelsAfterMainOptions {
  win: Window;
  /** The main slot: the route's app announces its first content there (main-content.ts). */
  main: HTMLElement;
  /** Mounts the header parcels for `pathname`; false when that page takes none (/platform). */
  mountParcels(pathname: string): boolean;
  afterPaint: AfterPaint;
  timers: Timers;
  /** How long a mounted app may take to announce its content; see CONTENT_WAIT_MS. */
  contentWaitMs?: number;
}

/**
 * Mounts the header parcels once, after the route's first content has been painted: the route's
 * app announces it, or the slot holds the shell's own page (a 404, a failed app's fallback), or
 * the app has had `contentWaitMs` since single-spa's routing event (fired when the route's mounts
 * have settled, failed or not). So the parcels' downloads and script work never compete with the
 * main content, and a slow or silent app still gets its header.
 */
export function mountParcelsAfterMain(options: ParcelsAfterMainOptions) {
  const { win, mountParcels, afterPaint } = options;
  const content = watchMainContent({
    main: options.main,
    timers: options.timers,
    waitMs: options.contentWaitMs,
  });
  let waiting = false;
  const onRoute = async () => {
    content.routeSettled();
    if (waiting) return;
    waiting = true;
    await content.shown;
    await afterPaint();
    waiting = false;
    // The path is read after the wait: the visitor may have moved on (to /platform, say).
    if (mountParcels(win.location.pathname))
      win.removeEventListener('single-spa:routing-event', onRoute);
  };
  win.addEventListener('single-spa:routing-event', onRoute);
}
