/**
 * Bubbles up from an app's `domElement` once its first content (or its empty or error state) is
 * on screen; the shell mounts the header parcels after it (docs/contracts.md).
 */
export const CONTENT_SHOWN_EVENT = 'tessera:content-shown';

export interface ContentShownDetail {
  app: string;
}

/** Announces the app's first content on `element`, once however often it is called. */
export function contentAnnouncer(element: HTMLElement, app: string): () => void {
  let announced = false;
  return () => {
    if (announced) return;
    announced = true;
    const detail: ContentShownDetail = { app };
    element.dispatchEvent(new CustomEvent(CONTENT_SHOWN_EVENT, { bubbles: true, detail }));
  };
}
