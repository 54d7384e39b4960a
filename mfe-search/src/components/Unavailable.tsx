import type { SearchFailure } from '../api/search';
import styles from './Unavailable.module.css';

interface UnavailableProps {
  failure: SearchFailure;
  onRetry(): void;
}

/** The degraded state: search cannot answer, or refused this query (and says why). */
export function Unavailable({ failure, onRetry }: UnavailableProps) {
  if (failure.kind === 'refused') {
    return (
      <p role="alert" className={styles.box}>
        This search cannot be run: {failure.detail}
      </p>
    );
  }
  return (
    <div role="alert" className={styles.box}>
      <p className={styles.title}>Search is unavailable right now.</p>
      <p className={styles.text}>
        Articles can still be read from the front page. Try the search again in a moment.
      </p>
      <button type="button" className={styles.retry} onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
