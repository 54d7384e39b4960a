import { lazy, Suspense, useMemo, useRef, useState, type ReactNode } from 'react';
import { contentAnnouncer } from '@tessera/mfe-kit';
import { ContentShown, useLocation } from '@tessera/mfe-kit/react';
import { useNewArticles } from './live/use-new-articles';
import { ArticlePage } from './pages/ArticlePage';
import { FrontPage } from './pages/FrontPage';
import { NotFound } from './pages/NotFound';
import { SectionPage } from './pages/SectionPage';
import { pageFor, type Page } from './routes';
import type { ShellProps } from './shell-props';
import { LiveBanner } from './ui/LiveBanner';
import { FocusOnMount } from './ui/PageHeading';
import { Loading } from './ui/Status';
import styles from './Root.module.css';

// Editors only: the readers' pages do not download the editor.
const EditorPage = lazy(() =>
  import('./pages/editor/EditorPage').then(({ EditorPage }) => ({ default: EditorPage })),
);

function render(page: Page, navigate: ShellProps['navigate'], freshness: number): ReactNode {
  switch (page.kind) {
    case 'front':
      return <FrontPage navigate={navigate} freshness={freshness} />;
    case 'section':
      return <SectionPage section={page.section} page={page.page} navigate={navigate} />;
    case 'article':
      return <ArticlePage slug={page.slug} revision={page.revision} navigate={navigate} />;
    case 'editor':
      return (
        <Suspense fallback={<Loading what="the editor" />}>
          <EditorPage slug={page.slug} navigate={navigate} />
        </Suspense>
      );
    case 'not-found':
      return <NotFound navigate={navigate} />;
  }
}

/** Whether the location changed since the app mounted: only then does a new page take focus. */
function useNavigated(href: string): boolean {
  const first = useRef(href);
  return href !== first.current;
}

/**
 * The articles app's root: one element carrying the app marker, the live banner, and one page
 * per route. Each location gets a fresh page (keyed by path), whose heading takes focus.
 */
export function Root({ navigate, domElement, name }: ShellProps) {
  const { pathname, searchParams } = useLocation();
  const page = pageFor(pathname, searchParams);
  const navigated = useNavigated(pathname + searchParams.toString());
  const { pending, clear } = useNewArticles();
  const [freshness, setFreshness] = useState(0);
  const announce = useMemo(() => contentAnnouncer(domElement, name), [domElement, name]);

  function show() {
    clear();
    setFreshness((n) => n + 1);
    if (pathname !== '/') navigate('/');
  }

  return (
    <div className={styles.root} data-app="articles">
      {page.kind !== 'editor' && <LiveBanner pending={pending} onShow={show} />}
      <FocusOnMount.Provider value={navigated}>
        <ContentShown.Provider value={announce}>
          <div key={pathname} className={styles.page}>
            {render(page, navigate, freshness)}
          </div>
        </ContentShown.Provider>
      </FocusOnMount.Provider>
    </div>
  );
}
