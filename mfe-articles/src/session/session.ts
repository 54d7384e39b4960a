import { useSyncExternalStore } from 'react';

/** The signed-in user as `tessera:session-changed` names it (docs/contracts.md). */
export interface SessionUser {
  id: string;
  displayName: string;
  role: string;
}

/**
 * `undefined` until the page has said anything about the session: the session cookie is
 * HttpOnly and the articles BFF has no session endpoint, so only the shell's event tells.
 */
export type SessionState = SessionUser | null | undefined;

export const SESSION_EVENT = 'tessera:session-changed';
/** Asks the app that knows the session (mfe-login's header menu) to announce it again. */
export const SESSION_REQUESTED = 'tessera:session-requested';

let current: SessionState;
const listeners = new Set<() => void>();

function isUser(value: unknown): value is SessionUser {
  if (!value || typeof value !== 'object') return false;
  const user = value as Record<string, unknown>;
  return (
    typeof user.id === 'string' &&
    typeof user.displayName === 'string' &&
    typeof user.role === 'string'
  );
}

function onSessionChanged(event: Event): void {
  const user = (event as CustomEvent<{ user?: unknown } | null>).detail?.user;
  current = isUser(user) ? user : null;
  for (const listener of listeners) listener();
}

/**
 * Listens from the moment the module loads, not from mount, so an announcement made while the
 * app is between routes (unmounted) is not missed.
 */
window.addEventListener(SESSION_EVENT, onSessionChanged);
// The header may have learnt the session before this app loaded: ask for it to be told again.
window.dispatchEvent(new Event(SESSION_REQUESTED));

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => current;

/** The session as last announced on the page; re-renders when it changes. */
export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, snapshot);
}

export const isEditor = (session: SessionState): boolean => session?.role === 'editor';
