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

export interface SessionFeed {
  current(): SessionState;
  subscribe(listener: () => void): () => void;
  /** Asks for the session to be announced again, unless it is already known. */
  requestIfUnknown(): void;
  stop(): void;
}

function isUser(value: unknown): value is SessionUser {
  if (!value || typeof value !== 'object') return false;
  const user = value as Record<string, unknown>;
  return (
    typeof user.id === 'string' &&
    typeof user.displayName === 'string' &&
    typeof user.role === 'string'
  );
}

/**
 * Follows the session announced on `win`. It listens before it asks, so an answer given
 * synchronously (mfe-login's menu already knows) is never missed; if nobody answers yet, the
 * menu announces once its own question to the login BFF resolves.
 */
export function createSessionFeed(win: Window): SessionFeed {
  let current: SessionState;
  const listeners = new Set<() => void>();
  const onSessionChanged = (event: Event) => {
    const user = (event as CustomEvent<{ user?: unknown } | null>).detail?.user;
    current = isUser(user) ? user : null;
    for (const listener of listeners) listener();
  };
  const requestIfUnknown = () => {
    if (current === undefined) win.dispatchEvent(new Event(SESSION_REQUESTED));
  };
  win.addEventListener(SESSION_EVENT, onSessionChanged);
  requestIfUnknown();
  return {
    current: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    requestIfUnknown,
    stop: () => win.removeEventListener(SESSION_EVENT, onSessionChanged),
  };
}
