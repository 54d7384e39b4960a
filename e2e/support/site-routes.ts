// The composed site's routes, once, for the specs that walk them all (routes, a11y).

/** What the main slot shows: one of the MFEs, or the shell's own 404 page. */
export type MainSlotOwner = 'articles' | 'search' | 'login' | 'shell';

export interface SiteRoute {
  /** Names the test and the screenshot file. */
  name: string;
  path: string;
  owner: MainSlotOwner;
  /** Checked at phone width too: the layouts that change most on a narrow screen. */
  phone?: boolean;
  /** Names what does not exist: the app's BFF answers 404, which Chromium logs as an error. */
  missing?: boolean;
}

/** An article of the seed corpus that every run has. */
export const SEED_SLUG = 'achebe-flood-plan-lowmoor';

/** A path no app claims: the shell answers 404 itself. */
export const shellNotFound: SiteRoute = {
  name: 'not-found',
  path: '/no/such/page',
  owner: 'shell',
};

/** Every route as a visitor without a session sees it. */
export const signedOutRoutes: readonly SiteRoute[] = [
  { name: 'front', path: '/', owner: 'articles', phone: true },
  { name: 'section', path: '/section/city', owner: 'articles' },
  { name: 'article', path: `/articles/${SEED_SLUG}`, owner: 'articles', phone: true },
  { name: 'article-revision', path: `/articles/${SEED_SLUG}?revision=1`, owner: 'articles' },
  {
    name: 'article-not-found',
    path: '/articles/no-such-story-in-brindlemouth',
    owner: 'articles',
    missing: true,
  },
  { name: 'search', path: '/search?q=Saltgate', owner: 'search', phone: true },
  { name: 'search-empty', path: '/search?q=zyxwvutsrq', owner: 'search' },
  { name: 'search-start', path: '/search', owner: 'search' },
  { name: 'login', path: '/login', owner: 'login' },
  { name: 'register', path: '/register', owner: 'login' },
  { name: 'account-signed-out', path: '/account', owner: 'login' },
  { name: 'editor-signed-out', path: '/editor', owner: 'articles' },
  shellNotFound,
];

/** The routes that show more, or something else, to a signed-in editor. */
export const editorRoutes: readonly SiteRoute[] = [
  { name: 'account', path: '/account', owner: 'login' },
  { name: 'editor-new', path: '/editor', owner: 'articles' },
  { name: 'editor-revise', path: `/editor/${SEED_SLUG}`, owner: 'articles' },
  { name: 'article-as-editor', path: `/articles/${SEED_SLUG}`, owner: 'articles' },
];
