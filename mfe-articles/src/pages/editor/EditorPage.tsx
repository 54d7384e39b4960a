import type { ArticleResponse } from '@tessera/bff-articles/contract';
import { useArticlesApi } from '../../api/context';
import { hasStatus } from '../../api/errors';
import { useResource } from '../../api/use-resource';
import { useContentShown } from '@tessera/mfe-kit/react';
import { Link } from '@tessera/mfe-kit/react';
import { isEditor, useSession } from '../../session/session';
import { PageHeading } from '../../ui/PageHeading';
import { Failure, Loading } from '../../ui/Status';
import { ArticleForm } from './ArticleForm';
import { draftOf, EMPTY_DRAFT } from './fields';
import { RetractForm } from './RetractForm';
import styles from './Editor.module.css';

interface EditorPageProps {
  slug: string | null;
  navigate(url: string): void;
}

interface Loaded {
  sections: string[];
  article: ArticleResponse | null;
}

/**
 * `/editor` (a new article) and `/editor/<slug>` (revise or retract one). Editors only: the form
 * goes away as soon as the page hears that the session ended or is not an editor's. Before the
 * page has heard anything, the form is offered and the BFF, which checks the session on every
 * change, has the last word.
 */
export function EditorPage({ slug, navigate }: EditorPageProps) {
  const session = useSession();
  const api = useArticlesApi();
  const [loaded, reload] = useResource(`editor:${slug ?? ''}`, async (signal): Promise<Loaded> => {
    // Sections are only suggestions: without them the form still works.
    const [sections, article] = await Promise.all([
      api.sections(signal).then(
        (list) => list.sections.map((entry) => entry.section),
        () => [],
      ),
      slug ? api.article(slug, signal) : Promise.resolve(null),
    ]);
    return { sections, article };
  });
  const heading = slug ? 'Edit article' : 'New article';
  const allowed = session === undefined || isEditor(session);
  useContentShown(!allowed || loaded.status !== 'loading');

  return (
    <section aria-labelledby="editor-heading" className={styles.page}>
      <PageHeading id="editor-heading">{heading}</PageHeading>
      {!allowed && (
        <div className={styles.gate}>
          <p>Only editors can publish and revise articles.</p>
          <p>
            {session ? `You are signed in as ${session.displayName}, a ${session.role}. ` : ''}
            <Link href="/login" navigate={navigate}>
              {session ? 'Sign in as an editor' : 'Sign in'}
            </Link>{' '}
            to write for Tessera News.
          </p>
        </div>
      )}
      {allowed && loaded.status === 'loading' && <Loading what="the editor" />}
      {allowed &&
        loaded.status === 'failed' &&
        (hasStatus(loaded.error, 404) || hasStatus(loaded.error, 410) ? (
          <p>
            There is no live article “{slug}” to edit.{' '}
            <Link href="/editor" navigate={navigate}>
              Write a new article
            </Link>
          </p>
        ) : (
          <Failure error={loaded.error} onRetry={reload} />
        ))}
      {allowed && loaded.status === 'ready' && <Editing loaded={loaded.data} navigate={navigate} />}
    </section>
  );
}

function Editing({ loaded, navigate }: { loaded: Loaded; navigate(url: string): void }) {
  const api = useArticlesApi();
  const current = loaded.article?.article;
  const open = (answer: ArticleResponse) => navigate(`/articles/${answer.article.slug}`);
  if (!current) {
    return (
      <ArticleForm
        initial={EMPTY_DRAFT}
        sections={loaded.sections}
        action="Publish"
        save={(request) => api.publish(request)}
        onSaved={open}
      />
    );
  }
  return (
    <>
      <p className={styles.context}>
        Revising{' '}
        <Link href={`/articles/${current.slug}`} navigate={navigate}>
          {current.title}
        </Link>{' '}
        (revision {current.revision}).
      </p>
      <ArticleForm
        key={current.slug}
        initial={draftOf(current)}
        sections={loaded.sections}
        action="Save revision"
        save={(request) => api.revise(current.slug, { ...request, baseRevision: current.revision })}
        onSaved={open}
      />
      <RetractForm
        retract={(reason) => api.retract(current.slug, reason)}
        onRetracted={() => navigate(`/articles/${current.slug}`)}
      />
    </>
  );
}
