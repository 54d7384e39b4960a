import { useEffect, useRef, useState } from 'react';
import type { SearchApi } from '../api/search';
import type { SearchState } from '../search/search-state';
import { useSearch, type SearchResult } from '../search/use-search';
import { Results } from './Results';
import { Unavailable } from './Unavailable';
import styles from './SearchPage.module.css';

interface SearchPageProps {
  api: SearchApi;
  state: SearchState;
  navigate(url: string): void;
}

function Summary({ q, result }: { q: string; result: SearchResult }) {
  if (!q) return 'Type a word in the search box to find articles.';
  const query = <q className={styles.query}>{q}</q>;
  if (result.status === 'failed') return <>Could not search for {query}.</>;
  if (result.status !== 'done') return <>Searching for {query}…</>;
  const { total, took } = result.response;
  const count = total === 1 ? '1 result' : `${total} results`;
  return (
    <>
      {count} for {query} <span className={styles.took}>in {Math.round(took)} ms</span>
    </>
  );
}

/** `/search?q=…&section=…&tag=…&page=…`: the results of one search, told by its URL. */
export function SearchPage({ api, state, navigate }: SearchPageProps) {
  const [attempt, setAttempt] = useState(0);
  const result = useSearch(api, state, attempt);
  const heading = useRef<HTMLHeadingElement>(null);

  // A new query is a new page for the reader: focus goes to its heading, as on a route change.
  useEffect(() => heading.current?.focus(), [state.q]);

  const response =
    result.status === 'done'
      ? result.response
      : result.status === 'loading'
        ? result.previous
        : undefined;

  return (
    <section className={styles.page} aria-labelledby="search-heading">
      <h1 id="search-heading" className={styles.heading} ref={heading} tabIndex={-1}>
        Search
      </h1>
      <p className={styles.summary} role="status">
        <Summary q={state.q} result={result} />
      </p>
      {result.status === 'failed' ? (
        <Unavailable failure={result.failure} onRetry={() => setAttempt((n) => n + 1)} />
      ) : response ? (
        <Results
          response={response}
          state={state}
          navigate={navigate}
          busy={result.status === 'loading'}
        />
      ) : null}
    </section>
  );
}
