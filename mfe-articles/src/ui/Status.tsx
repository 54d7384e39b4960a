import { ApiError } from '@tessera/mfe-kit';
import styles from './Status.module.css';

/** A polite "loading" line that screen readers announce. */
export function Loading({ what }: { what: string }) {
  return (
    <p role="status" className={styles.loading}>
      Loading {what}…
    </p>
  );
}

interface FailureProps {
  error: unknown;
  onRetry(): void;
}

/**
 * The degraded state: the articles service is down or refused the request. Says what happened in
 * the reader's words and offers a retry; the rest of the site keeps working.
 */
export function Failure({ error, onRetry }: FailureProps) {
  const away = !(error instanceof ApiError) || error.unavailable;
  return (
    <div role="alert" className={styles.failure}>
      <p className={styles.title}>
        {away ? 'The newsroom is unavailable right now.' : 'This could not be loaded.'}
      </p>
      <p>
        {away
          ? 'Articles cannot be reached at the moment. Search and your account still work; try again in a little while.'
          : error.message}
      </p>
      <button type="button" className={styles.retry} onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}

export function Empty({ children }: { children: string }) {
  return <p className={styles.empty}>{children}</p>;
}
