import type { SessionUser } from './session';

export const SESSION_CHANGED = 'tessera:session-changed';

export interface SessionChange {
  user: SessionUser | null;
}

/** Tells every MFE on the page that the session changed, so each refreshes what depends on it. */
export function announceSession(user: SessionUser | null): void {
  window.dispatchEvent(new CustomEvent<SessionChange>(SESSION_CHANGED, { detail: { user } }));
}

/** Calls `onChange` on every session change announced on the page; returns how to stop. */
export function onSessionChange(onChange: (user: SessionUser | null) => void): () => void {
  const listener = (event: Event) => onChange((event as CustomEvent<SessionChange>).detail.user);
  window.addEventListener(SESSION_CHANGED, listener);
  return () => window.removeEventListener(SESSION_CHANGED, listener);
}
