import type { MouseEvent, ReactNode } from 'react';
import { isPlainLeftClick } from '../links.js';

interface LinkProps {
  href: string;
  navigate(url: string): void;
  className?: string;
  /**
   * `aria-current` when the link is the current one: `page` for the page the reader is on,
   * `true` for the current choice among its siblings (a filter, say).
   */
  current?: 'page' | 'true';
  children: ReactNode;
}

/** An ordinary link that navigates client-side on a plain left click. */
export function Link({ href, navigate, className, current, children }: LinkProps) {
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (!isPlainLeftClick(event)) return;
    event.preventDefault();
    navigate(href);
  }
  return (
    <a href={href} className={className} aria-current={current} onClick={onClick}>
      {children}
    </a>
  );
}
