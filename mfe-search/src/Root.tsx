import { SearchPage } from './components/SearchPage';
import { NotFound } from './components/NotFound';
import { useLocation } from './routing/location';
import type { ShellProps } from './shell-props';
import styles from './Root.module.css';

/** The search app's root component: one element carrying the app marker, one page per route. */
export function Root({ navigate }: ShellProps) {
  const { pathname, searchParams } = useLocation();
  return (
    <div className={styles.root} data-app="search">
      {pathname === '/search' ? (
        <SearchPage query={searchParams.get('q') ?? ''} />
      ) : (
        <NotFound navigate={navigate} />
      )}
    </div>
  );
}
