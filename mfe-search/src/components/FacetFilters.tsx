import type { FacetCount } from '@tessera/bff-search/contract';
import { Link } from '@tessera/mfe-kit/react';
import { searchHref, type SearchState } from '../search/search-state';
import styles from './FacetFilters.module.css';

type FacetName = 'section' | 'tag';

interface FacetProps {
  name: FacetName;
  label: string;
  counts: FacetCount[];
  state: SearchState;
  navigate(url: string): void;
}

/** One facet: a link per value (picking the chosen one again clears it), with its count. */
function Facet({ name, label, counts, state, navigate }: FacetProps) {
  const chosen = state[name];
  if (counts.length === 0) return null;
  return (
    <nav aria-label={`Filter by ${label.toLowerCase()}`} className={styles.facet}>
      <h2 className={styles.heading}>{label}</h2>
      <ul className={styles.values}>
        {counts.map(({ value, count }) => {
          const selected = value === chosen;
          const href = searchHref({ ...state, [name]: selected ? undefined : value, page: 1 });
          return (
            <li key={value}>
              <Link
                href={href}
                navigate={navigate}
                className={selected ? `${styles.value} ${styles.selected}` : styles.value}
                current={selected ? 'true' : undefined}
              >
                <span className={styles.name}>{value}</span>
                <span className={styles.count}>{count}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

interface FacetFiltersProps {
  facets: Record<FacetName, FacetCount[]>;
  state: SearchState;
  navigate(url: string): void;
}

/** Section and tag filters with their counts over the whole result set. */
export function FacetFilters({ facets, state, navigate }: FacetFiltersProps) {
  return (
    <div className={styles.filters}>
      <Facet name="section" label="Section" counts={facets.section} {...{ state, navigate }} />
      <Facet name="tag" label="Tag" counts={facets.tag} {...{ state, navigate }} />
    </div>
  );
}
