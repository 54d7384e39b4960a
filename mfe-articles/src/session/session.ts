import { useSyncExternalStore } from 'react';
import { createSessionFeed, type SessionState } from './session-feed';

export type { SessionState, SessionUser } from './session-feed';

/**
 * Created when the module loads, not on mount, so an announcement made while the app is between
 * routes (unmounted) is not missed.
 */
const feed = createSessionFeed(window);

/** Each component that reads the session asks again while it is unknown (docs/contracts.md). */
function subscribe(listener: () => void): () => void {
  const unsubscribe = feed.subscribe(listener);
  feed.requestIfUnknown();
  return unsubscribe;
}

/** The session as last announced on the page; re-renders when it changes. */
export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, feed.current);
}

export const isEditor = (session: SessionState): boolean => session?.role === 'editor';
