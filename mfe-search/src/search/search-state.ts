/** What the results page shows, all of it kept in the URL so back and forward work. */
export interface SearchState {
  q: string;
  section?: string;
  tag?: string;
  page: number;
}

export const SEARCH_PATH = '/search';

export function readSearchState(params: URLSearchParams): SearchState {
  const page = Number(params.get('page'));
  const state: SearchState = {
    q: params.get('q')?.trim() ?? '',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
  const section = params.get('section');
  const tag = params.get('tag');
  if (section) state.section = section;
  if (tag) state.tag = tag;
  return state;
}

/** The URL of a results page; the first page and absent filters leave no parameter. */
export function searchHref({ q, section, tag, page }: SearchState): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (section) params.set('section', section);
  if (tag) params.set('tag', tag);
  if (page > 1) params.set('page', String(page));
  const search = params.toString().replace(/\+/g, '%20');
  return search ? `${SEARCH_PATH}?${search}` : SEARCH_PATH;
}
