import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import styles from './PageHeading.module.css';

/** True once the reader has navigated inside the app: from then on each new page takes focus. */
export const FocusOnMount = createContext(false);

interface PageHeadingProps {
  id: string;
  children: ReactNode;
  className?: string;
}

/**
 * The page's one `<h1>`. It receives focus when it mounts after a navigation, so keyboard and
 * screen-reader users start reading the new page at its title.
 */
export function PageHeading({ id, children, className }: PageHeadingProps) {
  const focus = useContext(FocusOnMount);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <h1 id={id} ref={ref} tabIndex={-1} className={`${styles.heading} ${className ?? ''}`}>
      {children}
    </h1>
  );
}
