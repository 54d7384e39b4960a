import type { RevisionEntry } from '@tessera/bff-articles/contract';
import { Link } from '@tessera/mfe-kit/react';
import { formatDateTime, personName } from '../../ui/format';
import styles from './RevisionHistory.module.css';

interface RevisionHistoryProps {
  revisions: RevisionEntry[];
  /** The revision on screen. */
  shown: number;
  latest: number;
  href(n: number): string;
  navigate(url: string): void;
}

/** Every revision of the article, newest first, each a link to the article as it read then. */
export function RevisionHistory({
  revisions,
  shown,
  latest,
  href,
  navigate,
}: RevisionHistoryProps) {
  return (
    <section aria-labelledby="revisions-heading" className={styles.history}>
      <h2 id="revisions-heading" className={styles.title}>
        Revision history
      </h2>
      <ol className={styles.list} reversed>
        {[...revisions].reverse().map((entry) => (
          <li key={entry.n} className={styles.entry}>
            <Link
              href={href(entry.n)}
              navigate={navigate}
              current={entry.n === shown ? 'page' : undefined}
            >
              Revision {entry.n}
              {entry.n === latest ? ' (current)' : ''}
            </Link>
            <span className={styles.meta}>
              {' '}
              · {formatDateTime(entry.time)} · {entry.n === 1 ? 'published' : 'edited'} by{' '}
              {personName(entry.editor)}
            </span>
            <span className={styles.headline}>{entry.title}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
