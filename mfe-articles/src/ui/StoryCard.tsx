import type { ArticleSummary } from '@tessera/bff-articles/contract';
import { Link } from '@tessera/mfe-kit/react';
import { formatDate, personName, sectionLabel } from './format';
import styles from './StoryCard.module.css';

interface StoryCardProps {
  article: ArticleSummary;
  navigate(url: string): void;
  /** The lead story: larger type, and the summary always shown. */
  lead?: boolean;
  /** Show the section as a kicker (not needed inside the section's own list). */
  showSection?: boolean;
  headingLevel?: 2 | 3;
}

/** One story in a list: kicker, headline linking to the article, standfirst and byline. */
export function StoryCard({
  article,
  navigate,
  lead,
  showSection,
  headingLevel = 3,
}: StoryCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className={lead ? styles.lead : styles.card}>
      {showSection && <p className={styles.kicker}>{sectionLabel(article.section)}</p>}
      <Heading className={styles.headline}>
        <Link href={`/articles/${article.slug}`} navigate={navigate}>
          {article.title}
        </Link>
      </Heading>
      {article.summary && <p className={styles.summary}>{article.summary}</p>}
      <p className={styles.meta}>
        By {personName(article.author)} ·{' '}
        <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
      </p>
    </article>
  );
}
