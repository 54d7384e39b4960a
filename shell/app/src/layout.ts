import type { NavLink } from '@tessera/registry';

export interface Layout {
  root: HTMLElement;
  nav: HTMLElement;
  main: HTMLElement;
  versions: HTMLElement;
  /** `#tessera-slot-<name>`, if the layout has that slot. */
  slot(name: string): HTMLElement | null;
}

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A link the shell routes client-side (see links.ts). */
export function shellLink(doc: Document, href: string, text: string, className: string) {
  return element(doc, 'a', { href, class: className, 'data-tessera-link': '' }, text);
}

/**
 * The page frame: header (brand, nav, header slots), the main slot and the footer with the
 * versions of the apps on the page. Built with DOM calls: the CSP allows no inline markup tricks
 * and no framework is worth its bytes here.
 */
export function renderLayout(doc: Document, container: HTMLElement): Layout {
  const header = element(doc, 'header', { class: 't-header' });
  const nav = element(doc, 'nav', { class: 't-nav', 'aria-label': 'Site' });
  header.append(
    shellLink(doc, '/', 'Tessera News', 't-brand'),
    nav,
    element(doc, 'div', { id: 'tessera-slot-header-search', class: 't-slot t-slot--search' }),
    element(doc, 'div', { id: 'tessera-slot-header-account', class: 't-slot t-slot--account' }),
  );
  const main = element(doc, 'main', { id: 'tessera-slot-main', class: 't-main' });
  const versions = element(doc, 'ul', { class: 't-versions', 'data-testid': 'app-versions' });
  const footer = element(doc, 'footer', { class: 't-footer' });
  footer.append(
    element(doc, 'span', { class: 't-footer__label' }, 'On this page:'),
    versions,
    shellLink(doc, '/platform', 'Platform: versions and deploys', 't-footer__platform'),
  );
  const root = element(doc, 'div', { class: 't-page' });
  root.append(header, main, footer);
  container.replaceChildren(root);
  return {
    root,
    nav,
    main,
    versions,
    slot: (name) => doc.getElementById(`tessera-slot-${name}`),
  };
}

export function renderNav(nav: HTMLElement, links: readonly NavLink[]): void {
  const doc = nav.ownerDocument;
  const list = element(doc, 'ul', { class: 't-nav__list' });
  for (const link of links) {
    const item = element(doc, 'li');
    item.append(shellLink(doc, link.href, link.label, 't-nav__link'));
    list.append(item);
  }
  nav.replaceChildren(list);
}

/** Marks the nav link for `pathname` with aria-current="page" (prefix match except for "/"). */
export function markCurrentNav(nav: HTMLElement, pathname: string): void {
  for (const link of nav.querySelectorAll('a')) {
    const href = link.getAttribute('href') ?? '';
    const current = href === pathname || (href !== '/' && pathname.startsWith(`${href}/`));
    if (current) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}
