import { SLUG_PATTERN } from '@tessera/bff-articles/contract';
import { useArticlesApi } from '../api/context';
import { ApiError } from '@tessera/mfe-kit';
import { hasStatus } from '../api/errors';
import { useResource } from '../api/use-resource';
import { useContentShown } from '@tessera/mfe-kit/react';
import { Link } from '@tessera/mfe-kit/react';
import { PageHeading } from '../ui/PageHeading';
import { Failure, Loading } from '../ui/Status';
import { ArticleView } from './article/ArticleView';
import styles from './ArticlePage.module.css';

interface ArticlePageProps {
  slug: string;
  /** `?revision=n`: show the article as it read then. */
  revision: number | null;
  navigate(url: string): void;
}

const notFound = new ApiError({ title: 'Article not found', status: 404 });

/** `/articles/<slug>`: one article, or why there is none (404 unknown, 410 retracted). */
export function ArticlePage({ slug, revision, navigate }: ArticlePageProps) {
  const api = useArticlesApi();
  // A slug the BFF could never have issued needs no request to be unknown.
  const [article, reload] = useResource(slug, (signal) =>
    SLUG_PATTERN.test(slug) ? api.article(slug, signal) : Promise.reject(notFound),
  );
  useContentShown(article.status !== 'loading');

  if (article.status === 'ready') {
    return <ArticleView answer={article.data} revision={revision} navigate={navigate} />;
  }
  const back = (
    <p>
      <Link href="/" navigate={navigate}>
        Go to the front page
      </Link>
    </p>
  );
  if (article.status === 'loading') {
    return (
      <section aria-labelledby="article-heading" aria-busy="true">
        <PageHeading id="article-heading" className={styles.pending}>
          Article
        </PageHeading>
        <Loading what="the article" />
      </section>
    );
  }
  if (hasStatus(article.error, 404)) {
    return (
      <section aria-labelledby="article-heading" className={styles.missing}>
        <PageHeading id="article-heading">Article not found</PageHeading>
        <p>There is no article at this address. It may have been moved, or the link is mistyped.</p>
        {back}
      </section>
    );
  }
  if (hasStatus(article.error, 410)) {
    return (
      <section aria-labelledby="article-heading" className={styles.missing}>
        <PageHeading id="article-heading">Article retracted</PageHeading>
        <p>{(article.error as ApiError).message}</p>
        {back}
      </section>
    );
  }
  return (
    <section aria-labelledby="article-heading">
      <PageHeading id="article-heading">Article unavailable</PageHeading>
      <Failure error={article.error} onRetry={reload} />
    </section>
  );
}
