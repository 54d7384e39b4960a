/** The pages of the articles app, told apart by path (and, for paging and revisions, query). */
export type Page =
  | { kind: 'front' }
  | { kind: 'section'; section: string; page: number }
  | { kind: 'article'; slug: string; revision: number | null }
  | { kind: 'editor'; slug: string | null }
  | { kind: 'not-found' };

function segment(rest: string): string {
  const first = rest.split('/').filter(Boolean)[0] ?? '';
  try {
    return decodeURIComponent(first);
  } catch {
    return first;
  }
}

/** A positive whole number from the query, or `null`. */
function positive(value: string | null): number | null {
  if (value === null || !/^\d{1,6}$/.test(value)) return null;
  const n = Number(value);
  return n >= 1 ? n : null;
}

/** Maps a location to its page, matching the routes declared in package.json. */
export function pageFor(pathname: string, search = new URLSearchParams()): Page {
  if (pathname === '/') return { kind: 'front' };
  if (pathname.startsWith('/section/')) {
    const section = segment(pathname.slice('/section/'.length));
    if (!section) return { kind: 'front' };
    return { kind: 'section', section, page: positive(search.get('page')) ?? 1 };
  }
  if (pathname.startsWith('/articles/')) {
    const slug = segment(pathname.slice('/articles/'.length));
    if (!slug) return { kind: 'front' };
    return { kind: 'article', slug, revision: positive(search.get('revision')) };
  }
  if (pathname === '/editor' || pathname.startsWith('/editor/')) {
    return { kind: 'editor', slug: segment(pathname.slice('/editor'.length)) || null };
  }
  return { kind: 'not-found' };
}
