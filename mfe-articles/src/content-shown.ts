import { createContext, useContext, useEffect } from 'react';

/**
 * Bubbles up from the app's `domElement` once its first content (or its empty or error state) is
 * on screen; the shell mounts the header parcels after it (docs/contracts.md).
 */
export const CONTENT_SHOWN_EVENT = 'tessera:content-shown';

/** Announces the app's first content on `element`, once however often it is called. */
export function contentAnnouncer(element: HTMLElement, app: string): () => void {
  let announced = false;
  return () => {
    if (announced) return;
    announced = true;
    element.dispatchEvent(new CustomEvent(CONTENT_SHOWN_EVENT, { bubbles: true, detail: { app } }));
  };
}

/** The mounted app's announcer; rendered outside Root (a unit test), pages announce nothing. */
export const ContentShown = createContext<() => void>(() => undefined);

/** Announces the page's content once `shown`: its data, or why there is none, is rendered. */
export function useContentShown(shown: boolean): void {
  const announce = useContext(ContentShown);
  useEffect(() => {
    if (shown) announce();
  }, [shown, announce]);
}
