import type { ReactNode } from 'react';
import { ArticlePage } from './components/ArticlePage';
import { EditorPage } from './components/EditorPage';
import { FrontPage } from './components/FrontPage';
import { NotFound } from './components/NotFound';
import { SectionPage } from './components/SectionPage';
import { pageFor } from './routes';
import { useLocation } from './routing/location';
import type { ShellProps } from './shell-props';
import styles from './Root.module.css';

function render(pathname: string, navigate: ShellProps['navigate']): ReactNode {
  const page = pageFor(pathname);
  switch (page.kind) {
    case 'front':
      return <FrontPage navigate={navigate} />;
    case 'section':
      return <SectionPage section={page.section} navigate={navigate} />;
    case 'article':
      return <ArticlePage slug={page.slug} navigate={navigate} />;
    case 'editor':
      return <EditorPage slug={page.slug} />;
    case 'not-found':
      return <NotFound navigate={navigate} />;
  }
}

/** The articles app's root component: one element carrying the app marker, one page per route. */
export function Root({ navigate }: ShellProps) {
  const { pathname } = useLocation();
  return (
    <div className={styles.root} data-app="articles">
      {render(pathname, navigate)}
    </div>
  );
}
