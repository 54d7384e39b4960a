/** Resolves once what is in the DOM now has been painted and the page has a moment to spare. */
export type AfterPaint = () => Promise<void>;

type PaintWindow = Pick<Window, 'requestAnimationFrame' | 'setTimeout'> &
  Partial<Pick<Window, 'requestIdleCallback'>>;

/**
 * A task queued from a frame callback runs after that frame's paint; an idle callback then lets
 * the browser finish the main content's own work first, but waits at most `idleTimeoutMs`.
 * Browsers without requestIdleCallback (Safari) go on right after the paint.
 */
export function browserAfterPaint(win: PaintWindow, idleTimeoutMs: number): AfterPaint {
  const idle = (resolve: () => void) => {
    if (win.requestIdleCallback)
      win.requestIdleCallback(() => resolve(), { timeout: idleTimeoutMs });
    else resolve();
  };
  return () =>
    new Promise((resolve) => {
      win.requestAnimationFrame(() => win.setTimeout(() => idle(resolve), 0));
    });
}
