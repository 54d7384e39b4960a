import type { ApiClient } from './client';

/** The signed-in user, as `tessera:session-changed` carries it (docs/contracts.md). */
export interface SessionUser {
  id: string;
  displayName: string;
  role: string;
}

export interface Credentials {
  email: string;
  password: string;
}

export interface Registration extends Credentials {
  displayName: string;
}

/** The login BFF's session endpoints, behind `/api/login` (its contract.ts). */
export function createSessionApi(client: ApiClient) {
  return {
    signIn: (credentials: Credentials) =>
      client.post<{ user: SessionUser }>('/sign-in', credentials).then(({ user }) => user),
    register: (registration: Registration) =>
      client.post<{ user: SessionUser }>('/register', registration).then(({ user }) => user),
  };
}

export type SessionApi = ReturnType<typeof createSessionApi>;

/** Tells every MFE on the page that the session changed, so each refreshes what depends on it. */
export function announceSession(user: SessionUser | null): void {
  window.dispatchEvent(new CustomEvent('tessera:session-changed', { detail: { user } }));
}
