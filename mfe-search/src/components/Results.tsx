import type { SearchResponse } from '@tessera/bff-search/contract';
import { Link } from '@tessera/mfe-kit/react';
import { searchHref, type SearchState } from '../search/search-state';
import { FacetFilters } from './FacetFilters';
import { HitList } from './HitList';
import { Pager } from './Pager';
import styles from './Results.module.css';

interface ResultsProps {
  response: SearchResponse;
  state: SearchState;
  navigate(url: string): void;
  /** A newer search is on its way; these are the previous results. */
  busy: boolean;
}

function Empty({ state, navigate }: Pick<ResultsProps, 'state' | 'navigate'>) {
  const filtered = Boolean(state.section || state.tag);
  return (
    <div className={styles.empty}>
      <p className={styles.emptyTitle}>No articles match your search.</p>
      {filtered ? (
        <p>
          <Link href={searchHref({ q: state.q, page: 1 })} navigate={navigate}>
            Search all sections and tags
          </Link>
        </p>
      ) : (
        <p>Check the spelling, or try a broader word.</p>
      )}
    </div>
  );
}

/** Facet filters beside the hits and their pager, or the empty state. */
export function Results({ response, state, navigate, busy }: ResultsProps) {
  return (
    <div className={styles.layout} aria-busy={busy}>
      <FacetFilters facets={response.facets} state={state} navigate={navigate} />
      <div>
        {response.total === 0 ? (
          <Empty state={state} navigate={navigate} />
        ) : (
          <>
            <HitList hits={response.hits} navigate={navigate} />
            <Pager state={state} pages={response.pages} navigate={navigate} />
          </>
        )}
      </div>
    </div>
  );
}
