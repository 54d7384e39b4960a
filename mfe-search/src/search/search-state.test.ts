import { describe, expect, it } from 'vitest';
import { readSearchState, searchHref } from './search-state';

describe('the search state in the URL', () => {
  it('reads query, filters and page, ignoring a page that is not a whole number above one', () => {
    const params = new URLSearchParams('q=+rain+&section=city&tag=flooding&page=3');
    expect(readSearchState(params)).toEqual({
      q: 'rain',
      section: 'city',
      tag: 'flooding',
      page: 3,
    });
    expect(readSearchState(new URLSearchParams('q=x&page=-2')).page).toBe(1);
    expect(readSearchState(new URLSearchParams('q=x&page=1.5')).page).toBe(1);
  });

  it('writes only what is set, with spaces as %20', () => {
    expect(searchHref({ q: 'rain & sun', page: 1 })).toBe('/search?q=rain%20%26%20sun');
    expect(searchHref({ q: 'a+b', tag: 'flooding', page: 2 })).toBe(
      '/search?q=a%2Bb&tag=flooding&page=2',
    );
    expect(searchHref({ q: '', page: 1 })).toBe('/search');
  });

  it('round-trips every state', () => {
    const state = { q: 'harbour lights', section: 'city', tag: 'tram', page: 4 };
    const url = new URL(searchHref(state), 'http://x');
    expect(readSearchState(url.searchParams)).toEqual(state);
  });
});
