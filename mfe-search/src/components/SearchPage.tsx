import styles from './SearchPage.module.css';

interface SearchPageProps {
  query: string;
}

/** `/search?q=…`: names the query; results arrive with the search BFF. */
export function SearchPage({ query }: SearchPageProps) {
  const trimmed = query.trim();
  return (
    <section className={styles.page} aria-labelledby="search-heading">
      <h1 id="search-heading" className={styles.heading}>
        Search
      </h1>
      {trimmed ? (
        <p className={styles.summary}>
          Results for <q className={styles.query}>{trimmed}</q>
        </p>
      ) : (
        <p className={styles.summary}>Type a word in the search box to find articles.</p>
      )}
    </section>
  );
}
