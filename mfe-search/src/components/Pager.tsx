import { Link } from '@tessera/mfe-kit/react';
import { searchHref, type SearchState } from '../search/search-state';
import styles from './Pager.module.css';

interface PagerProps {
  state: SearchState;
  pages: number;
  navigate(url: string): void;
}

/** Previous / next links and where the reader is; nothing when everything fits on one page. */
export function Pager({ state, pages, navigate }: PagerProps) {
  if (pages <= 1) return null;
  const { page } = state;
  return (
    <nav aria-label="Result pages" className={styles.pager}>
      {page > 1 ? (
        <Link
          href={searchHref({ ...state, page: page - 1 })}
          navigate={navigate}
          className={styles.step}
        >
          Previous page
        </Link>
      ) : null}
      <span className={styles.position}>
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link
          href={searchHref({ ...state, page: page + 1 })}
          navigate={navigate}
          className={styles.step}
        >
          Next page
        </Link>
      ) : null}
    </nav>
  );
}
