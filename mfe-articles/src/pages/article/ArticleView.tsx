import type { ArticleResponse } from '@tessera/bff-articles/contract';
import { useArticlesApi } from '../../api/context';
import { useResource } from '../../api/use-resource';
import { Markdown } from '../../markdown/Markdown';
import { Link } from '@tessera/mfe-kit/react';
import { isEditor, useSession } from '../../session/session';
import { formatDate, formatDateTime, personName, sectionLabel } from '../../ui/format';
import { PageHeading } from '../../ui/PageHeading';
import { Failure, Loading } from '../../ui/Status';
import { RevisionHistory } from './RevisionHistory';
import { TagList } from './TagList';
import styles from './ArticleView.module.css';

interface ArticleViewProps {
  answer: ArticleResponse;
  revision: number | null;
  navigate(url: string): void;
}

/** An article as it reads now, or, with `revision`, as it read at that revision. */
export function ArticleView({ answer, revision, navigate }: ArticleViewProps) {
  const { article, revisions } = answer;
  const api = useArticlesApi();
  const session = useSession();
  const past = revision !== null && revision !== article.revision ? revision : null;
  const [old, reload] = useResource(`${article.slug}@${past ?? 'now'}`, (signal) =>
    past === null ? Promise.resolve(null) : api.revision(article.slug, past, signal),
  );
  // Without a past revision there is nothing to wait for: the current text is already here.
  const waiting = past !== null && old.status === 'loading';
  const failed = past !== null && old.status === 'failed' ? old : null;
  const shown = past !== null && old.status === 'ready' ? old.data : null;
  const here = `/articles/${article.slug}`;

  return (
    <article aria-labelledby="article-heading" className={styles.article}>
      <header className={styles.header}>
        <p className={styles.kicker}>
          <Link href={`/section/${article.section}`} navigate={navigate}>
            {sectionLabel(shown?.section ?? article.section)}
          </Link>
        </p>
        <PageHeading id="article-heading">{shown?.title ?? article.title}</PageHeading>
        {(shown?.summary ?? article.summary) && (
          <p className={styles.standfirst}>{shown?.summary ?? article.summary}</p>
        )}
        <p className={styles.byline}>
          By <span className={styles.author}>{personName(article.author)}</span>
          <span aria-hidden="true"> · </span>
          <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
          {article.revision > 1 && (
            <>
              <span aria-hidden="true"> · </span>
              Updated <time dateTime={article.updatedAt}>{formatDateTime(article.updatedAt)}</time>
            </>
          )}
        </p>
        {isEditor(session) && (
          <p className={styles.tools}>
            <Link href={`/editor/${article.slug}`} navigate={navigate} className={styles.edit}>
              Edit this article
            </Link>
          </p>
        )}
      </header>

      {past !== null && (
        <div className={styles.notice} role="note">
          {shown ? (
            <>
              You are reading revision {shown.n} of {shown.latest}, from{' '}
              {formatDateTime(shown.time)}.{' '}
            </>
          ) : (
            <>Revision {past}. </>
          )}
          <Link href={here} navigate={navigate}>
            Read the current version
          </Link>
        </div>
      )}
      {waiting && <Loading what={`revision ${past}`} />}
      {failed && <Failure error={failed.error} onRetry={reload} />}
      {!waiting && !failed && (
        <Markdown source={shown?.body ?? article.body} className={styles.body} />
      )}

      <footer className={styles.footer}>
        <TagList tags={shown?.tags ?? article.tags} navigate={navigate} />
        <RevisionHistory
          revisions={revisions}
          shown={shown?.n ?? article.revision}
          latest={article.revision}
          href={(n) => (n === article.revision ? here : `${here}?revision=${n}`)}
          navigate={navigate}
        />
      </footer>
    </article>
  );
}
