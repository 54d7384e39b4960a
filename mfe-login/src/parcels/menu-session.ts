import { announceSession, onSessionChange } from '../api/session-event';
import type { SessionUser } from '../api/session';

/** An app that loaded after the page learnt the session asks for it again (docs/contracts.md). */
export const SESSION_REQUESTED = 'tessera:session-requested';

/** Waits between questions to the login BFF that failed (a BFF restarting, a busy edge). */
export const ME_RETRY_DELAYS_MS = [500, 1_000, 2_000, 4_000];

export interface MenuSessionOptions {
  /** Asks the login BFF who is signed in. */
  me(): Promise<SessionUser | null>;
  /** Shows the session in the menu; called on every change. */
  show(user: SessionUser | null): void;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The menu's side of the session handshake, robust to any order of arrival: it follows every
 * announcement, answers every `tessera:session-requested` with the latest session it knows,
 * and announces what the BFF said unless a newer change (a sign-in) was announced meanwhile.
 * Returns how to stop; a stopped follower announces nothing more.
 */
export function followMenuSession({ me, show }: MenuSessionOptions): () => void {
  let known: SessionUser | null | undefined;
  let changes = 0;
  let stopped = false;
  const stopFollowing = onSessionChange((user) => {
    changes += 1;
    known = user;
    show(user);
  });
  const answerRequest = () => {
    if (known !== undefined) announceSession(known);
  };
  window.addEventListener(SESSION_REQUESTED, answerRequest);

  async function ask() {
    for (const wait of [0, ...ME_RETRY_DELAYS_MS]) {
      if (wait > 0) await delay(wait);
      if (stopped || changes > 0) return;
      try {
        const user = await me();
        // Announced, not just shown: the other apps learn the session of a freshly loaded page.
        if (!stopped && changes === 0) announceSession(user);
        return;
      } catch {
        // Asked again after a pause; meanwhile the header offers sign-in, which reports errors.
      }
    }
  }
  void ask();
  return () => {
    stopped = true;
    stopFollowing();
    window.removeEventListener(SESSION_REQUESTED, answerRequest);
  };
}
