type Child = Node | string;

/** `<tag attributes>children</tag>`: the page is built with DOM calls (the CSP allows no inline markup). */
export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/**
 * A table in a keyboard-scrollable region, so a wide table scrolls on a phone instead of
 * widening the page. `head` cells are column headers; each row's first cell is its row header.
 */
export function table(
  doc: Document,
  options: {
    caption: string;
    head: string[];
    rows: { cells: Child[]; attributes?: Record<string, string> }[];
    testid: string;
  },
): HTMLElement {
  const headRow = h(
    doc,
    'tr',
    {},
    ...options.head.map((text) => h(doc, 'th', { scope: 'col' }, text)),
  );
  const body = options.rows.map(({ cells: [first = '', ...rest], attributes = {} }) =>
    h(
      doc,
      'tr',
      attributes,
      h(doc, 'th', { scope: 'row' }, first),
      ...rest.map((cell) => h(doc, 'td', {}, cell)),
    ),
  );
  const element = h(
    doc,
    'table',
    { class: 't-platform__table', 'data-testid': options.testid },
    h(doc, 'caption', {}, options.caption),
    h(doc, 'thead', {}, headRow),
    h(doc, 'tbody', {}, ...body),
  );
  return h(
    doc,
    'div',
    { class: 't-platform__scroll', role: 'region', 'aria-label': options.caption, tabindex: '0' },
    element,
  );
}
