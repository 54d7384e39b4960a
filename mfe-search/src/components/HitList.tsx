import type { SearchHit } from '@tessera/bff-search/contract';
import { Link } from '@tessera/mfe-kit/react';
import { Highlighted } from './Highlighted';
import styles from './HitList.module.css';

interface HitListProps {
  hits: SearchHit[];
  navigate(url: string): void;
}

/** One entry per hit: the headline linking to the article, a passage, section and tags. */
export function HitList({ hits, navigate }: HitListProps) {
  return (
    <ol className={styles.list}>
      {hits.map((hit) => (
        <li key={hit.articleId} className={styles.hit}>
          <article aria-labelledby={`hit-${hit.articleId}`}>
            <h2 id={`hit-${hit.articleId}`} className={styles.title}>
              <Link href={`/articles/${hit.slug}`} navigate={navigate} className={styles.link}>
                <Highlighted segments={hit.title} className={styles.mark} />
              </Link>
            </h2>
            <p className={styles.snippet}>
              <Highlighted segments={hit.snippet} className={styles.mark} />
            </p>
            <p className={styles.meta}>
              <span className={styles.section}>{hit.section}</span>
              {hit.tags.map((tag) => (
                <span key={tag} className={styles.tag}>
                  {tag}
                </span>
              ))}
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}
