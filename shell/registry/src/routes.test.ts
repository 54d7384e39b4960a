import { describe, expect, it } from 'vitest';
import { appForPath, matchesRoute } from './routes.js';

describe('route patterns', () => {
  it('match a plain pattern exactly', () => {
    expect(matchesRoute('/search', '/search')).toBe(true);
    expect(matchesRoute('/search', '/search/x')).toBe(false);
    expect(matchesRoute('/', '/anything')).toBe(false);
  });

  it('match a pattern ending in * as a prefix', () => {
    expect(matchesRoute('/articles/*', '/articles/budget-vote')).toBe(true);
    expect(matchesRoute('/articles/*', '/articles')).toBe(false);
    expect(matchesRoute('/editor*', '/editor')).toBe(true);
    expect(matchesRoute('/editor*', '/editor/some-slug')).toBe(true);
  });

  it('find the first app whose routes match, or none', () => {
    const apps = { articles: { routes: ['/', '/articles/*'] }, search: { routes: ['/search'] } };
    expect(appForPath(apps, '/')).toBe('articles');
    expect(appForPath(apps, '/search')).toBe('search');
    expect(appForPath(apps, '/nowhere')).toBeUndefined();
  });
});
