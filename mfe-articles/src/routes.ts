/** The pages of the articles app, told apart by path. */
export type Page =
  | { kind: 'front' }
  | { kind: 'section'; section: string }
  | { kind: 'article'; slug: string }
  | { kind: 'editor'; slug: string | null }
  | { kind: 'not-found' };

function segment(rest: string): string {
  return decodeURIComponent(rest.split('/').filter(Boolean)[0] ?? '');
}

/** Maps a pathname to its page, matching the routes declared in package.json. */
export function pageFor(pathname: string): Page {
  if (pathname === '/') return { kind: 'front' };
  if (pathname.startsWith('/section/')) {
    const section = segment(pathname.slice('/section/'.length));
    return section ? { kind: 'section', section } : { kind: 'front' };
  }
  if (pathname.startsWith('/articles/')) {
    const slug = segment(pathname.slice('/articles/'.length));
    return slug ? { kind: 'article', slug } : { kind: 'front' };
  }
  if (pathname === '/editor' || pathname.startsWith('/editor/')) {
    return { kind: 'editor', slug: segment(pathname.slice('/editor'.length)) || null };
  }
  return { kind: 'not-found' };
}
