import type { MouseEvent, ReactNode } from 'react';

interface LinkProps {
  href: string;
  navigate(url: string): void;
  className?: string;
  /** Marks the link as the page the reader is on. */
  current?: boolean;
  children: ReactNode;
}

/** An ordinary link that navigates client-side on a plain left click. */
export function Link({ href, navigate, className, current, children }: LinkProps) {
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    navigate(href);
  }
  return (
    <a
      href={href}
      className={className}
      aria-current={current ? 'page' : undefined}
      onClick={onClick}
    >
      {children}
    </a>
  );
}
