import { useMemo } from 'react';
import { SearchPage } from './components/SearchPage';
import { NotFound } from './components/NotFound';
import { createSearchApi } from './api/search';
import { readSearchState, SEARCH_PATH } from './search/search-state';
import type { ShellProps } from './shell-props';
import { contentAnnouncer } from '@tessera/mfe-kit';
import { ContentShown, useLocation } from '@tessera/mfe-kit/react';
import styles from './Root.module.css';

const api = createSearchApi();

/** The search app's root component: one element carrying the app marker, one page per route. */
export function Root({ navigate, domElement, name }: ShellProps) {
  const { pathname, searchParams } = useLocation();
  const announce = useMemo(() => contentAnnouncer(domElement, name), [domElement, name]);
  return (
    <div className={styles.root} data-app="search">
      <ContentShown.Provider value={announce}>
        {pathname === SEARCH_PATH ? (
          <SearchPage api={api} state={readSearchState(searchParams)} navigate={navigate} />
        ) : (
          <NotFound navigate={navigate} />
        )}
      </ContentShown.Provider>
    </div>
  );
}
