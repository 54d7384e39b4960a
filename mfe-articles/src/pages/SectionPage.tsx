import type { SectionList, SectionPage as SectionAnswer } from '@tessera/bff-articles/contract';
import { useArticlesApi } from '../api/context';
import { useResource } from '../api/use-resource';
import { useContentShown } from '@tessera/mfe-kit/react';
import { plural, sectionLabel } from '../ui/format';
import { PageHeading } from '../ui/PageHeading';
import { Pager } from '../ui/Pager';
import { SectionNav } from '../ui/SectionNav';
import { Empty, Failure, Loading } from '../ui/Status';
import { StoryCard } from '../ui/StoryCard';
import styles from './SectionPage.module.css';

interface SectionPageProps {
  section: string;
  page: number;
  navigate(url: string): void;
}

interface Loaded {
  sections: SectionList['sections'];
  /** `null` when the section has no live articles. */
  stories: SectionAnswer | null;
}

/** `/section/<name>?page=n`: one section's stories, newest first, a page at a time. */
export function SectionPage({ section, page, navigate }: SectionPageProps) {
  const api = useArticlesApi();
  const label = sectionLabel(section);
  const [loaded, reload] = useResource(`${section}/${page}`, async (signal): Promise<Loaded> => {
    // The list says whether the section has stories, so an empty one is an empty page, not a 404.
    const { sections } = await api.sections(signal);
    const known = sections.some((entry) => entry.section === section);
    return { sections, stories: known ? await api.section(section, page, signal) : null };
  });
  useContentShown(loaded.status !== 'loading');

  return (
    <section aria-labelledby="section-heading">
      <PageHeading id="section-heading">{label}</PageHeading>
      {loaded.status === 'loading' && <Loading what={`${label} stories`} />}
      {loaded.status === 'failed' && <Failure error={loaded.error} onRetry={reload} />}
      {loaded.status === 'ready' && (
        <>
          <SectionNav sections={loaded.data.sections} current={section} navigate={navigate} />
          {loaded.data.stories === null || loaded.data.stories.articles.length === 0 ? (
            <Empty>{`There are no ${label} stories yet.`}</Empty>
          ) : (
            <>
              <p className={styles.count}>
                {plural(loaded.data.stories.paging.total, 'story', 'stories')}
              </p>
              <ul className={styles.stories} aria-label={`${label} stories`}>
                {loaded.data.stories.articles.map((article) => (
                  <li key={article.slug}>
                    <StoryCard article={article} navigate={navigate} headingLevel={2} />
                  </li>
                ))}
              </ul>
              <Pager
                paging={loaded.data.stories.paging}
                href={(n) => (n === 1 ? `/section/${section}` : `/section/${section}?page=${n}`)}
                navigate={navigate}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}
