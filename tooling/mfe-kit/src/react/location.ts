import { useSyncExternalStore } from 'react';

/**
 * The shell navigates through single-spa, which fires `popstate` on every history change;
 * the standalone page does the same. So `popstate` is the one signal to follow.
 */
function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

function snapshot(): string {
  return window.location.pathname + window.location.search;
}

export interface AppLocation {
  pathname: string;
  searchParams: URLSearchParams;
}

/** The current location, re-rendering on navigation. */
export function useLocation(): AppLocation {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, window.location.origin);
  return { pathname: url.pathname, searchParams: url.searchParams };
}
