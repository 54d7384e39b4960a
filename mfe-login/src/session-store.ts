import { ref, type Ref } from 'vue';
import type { AccountApi } from './api/account';
import { announceSession, onSessionChange } from './api/session-event';
import type { SessionUser } from './api/session';

export type SessionStatus = 'loading' | 'ready' | 'unavailable';

export interface SessionStore {
  /** Who is signed in; `null` for nobody (meaningful once `status` is `ready`). */
  user: Ref<SessionUser | null>;
  status: Ref<SessionStatus>;
  /** Asks the login BFF who is signed in. */
  load(): Promise<void>;
  /** Records a sign-in or registration and tells the page. */
  signedIn(user: SessionUser): void;
  /** Signs out at the login BFF and tells the page. */
  signOut(): Promise<void>;
  /** Stops following session changes announced by others (the header menu). */
  stop(): void;
}

/** The app's view of the session, kept in step with `tessera:session-changed`. */
export function createSessionStore(accountApi: () => Promise<AccountApi>): SessionStore {
  const user = ref<SessionUser | null>(null);
  const status = ref<SessionStatus>('loading');
  // Counts announced changes, so an answer from before one of them does not overwrite it.
  let changes = 0;
  const stop = onSessionChange((next) => {
    changes += 1;
    user.value = next;
    status.value = 'ready';
  });
  return {
    user,
    status,
    async load() {
      const before = changes;
      status.value = 'loading';
      try {
        const current = await (await accountApi()).me();
        if (changes !== before) return;
        user.value = current;
        status.value = 'ready';
      } catch {
        if (changes === before) status.value = 'unavailable';
      }
    },
    signedIn(next) {
      announceSession(next);
    },
    async signOut() {
      await (await accountApi()).signOut();
      announceSession(null);
    },
    stop,
  };
}
