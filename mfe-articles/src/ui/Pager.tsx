import type { PageInfo } from '@tessera/bff-articles/contract';
import { Link } from '@tessera/mfe-kit/react';
import styles from './Pager.module.css';

interface PagerProps {
  paging: PageInfo;
  href(page: number): string;
  navigate(url: string): void;
}

/** "Newer" and "Older" links between pages of a list, and where the reader is. */
export function Pager({ paging, href, navigate }: PagerProps) {
  if (paging.totalPages <= 1) return null;
  return (
    <nav aria-label="Pages" className={styles.pager}>
      {paging.page > 1 ? (
        <Link href={href(paging.page - 1)} navigate={navigate}>
          ← Newer stories
        </Link>
      ) : (
        <span />
      )}
      <span className={styles.where}>
        Page {paging.page} of {paging.totalPages}
      </span>
      {paging.page < paging.totalPages ? (
        <Link href={href(paging.page + 1)} navigate={navigate}>
          Older stories →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
