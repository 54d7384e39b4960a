import { useEffect, useRef } from 'react';
import { useArticlesApi } from '../api/context';
import { useResource } from '../api/use-resource';
import { useContentShown } from '@tessera/mfe-kit/react';
import { Link } from '@tessera/mfe-kit/react';
import { formatDate, sectionLabel } from '../ui/format';
import { PageHeading } from '../ui/PageHeading';
import { SectionNav } from '../ui/SectionNav';
import { Empty, Failure, Loading } from '../ui/Status';
import { StoryCard } from '../ui/StoryCard';
import styles from './FrontPage.module.css';

interface FrontPageProps {
  navigate(url: string): void;
  /** Changes when the reader asks for the newest stories (the live banner's "Show"). */
  freshness: number;
}

/** `/`: the lead story, then each section's latest stories, busiest section first. */
export function FrontPage({ navigate, freshness }: FrontPageProps) {
  const api = useArticlesApi();
  const [front, reload] = useResource('front', (signal) => api.front(1, signal));
  useContentShown(front.status !== 'loading');
  const seen = useRef(freshness);
  useEffect(() => {
    if (freshness === seen.current) return;
    seen.current = freshness;
    reload();
  }, [freshness, reload]);

  return (
    <section aria-labelledby="front-heading">
      <header className={styles.masthead}>
        <PageHeading id="front-heading" className={styles.title}>
          Front page
        </PageHeading>
        <p className={styles.dateline}>{formatDate(new Date().toISOString())}</p>
      </header>
      {front.status === 'loading' && <Loading what="the front page" />}
      {front.status === 'failed' && <Failure error={front.error} onRetry={reload} />}
      {front.status === 'ready' && (
        <>
          <SectionNav sections={front.data.sections} navigate={navigate} />
          {front.data.lead ? (
            <StoryCard
              article={front.data.lead}
              navigate={navigate}
              lead
              showSection
              headingLevel={2}
            />
          ) : (
            <Empty>No articles have been published yet.</Empty>
          )}
          <div className={styles.sections}>
            {front.data.sections
              .filter((group) => group.articles.length > 0)
              .map((group) => (
                <section
                  key={group.section}
                  aria-labelledby={`front-${group.section}`}
                  className={styles.section}
                >
                  <h2 id={`front-${group.section}`} className={styles.sectionTitle}>
                    <Link href={`/section/${group.section}`} navigate={navigate}>
                      {sectionLabel(group.section)}
                    </Link>
                  </h2>
                  <ul
                    className={styles.stories}
                    aria-label={`Latest in ${sectionLabel(group.section)}`}
                  >
                    {group.articles.map((article) => (
                      <li key={article.slug}>
                        <StoryCard article={article} navigate={navigate} />
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
          </div>
        </>
      )}
    </section>
  );
}
