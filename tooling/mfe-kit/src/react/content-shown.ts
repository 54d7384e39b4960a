import { createContext, useContext, useEffect } from 'react';

/** The mounted app's announcer; rendered outside the app's root (a unit test), pages announce nothing. */
export const ContentShown = createContext<() => void>(() => undefined);

/** Announces the page's content once `shown`: its data, or why there is none, is rendered. */
export function useContentShown(shown: boolean): void {
  const announce = useContext(ContentShown);
  useEffect(() => {
    if (shown) announce();
  }, [shown, announce]);
}
