/** Where the edge forwards this BFF's routes, and the limits of its queries. */
export const SEARCH_API_BASE = '/api/search';

export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE = 500;
export const MAX_PAGE_SIZE = 50;
export const MAX_SUGGESTIONS = 10;
