import type { AfterPaint } from './after-paint.js';

export interface ParcelsAfterMainOptions {
  win: Window;
  /** Mounts the header parcels for `pathname`; false when that page takes none (/platform). */
  mountParcels(pathname: string): boolean;
  afterPaint: AfterPaint;
}

/**
 * Mounts the header parcels once, after the route's app has mounted and been painted. single-spa
 * fires its routing event when the route's mounts have settled, failed or not (a failed app
 * shows its fallback), so the parcels never wait on the main app's success and never compete
 * with its download.
 */
export function mountParcelsAfterMain({ win, mountParcels, afterPaint }: ParcelsAfterMainOptions) {
  let waiting = false;
  const onRoute = async () => {
    if (waiting) return;
    waiting = true;
    await afterPaint();
    waiting = false;
    // The path is read after the wait: the visitor may have moved on (to /platform, say).
    if (mountParcels(win.location.pathname))
      win.removeEventListener('single-spa:routing-event', onRoute);
  };
  win.addEventListener('single-spa:routing-event', onRoute);
}
