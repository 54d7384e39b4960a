/** Where the edge forwards this BFF's routes (`/api/articles/...`). */
export const ARTICLES_API_BASE = '/api/articles';

/** Every change must carry this header with its value (the kit's CSRF defence). */
export { CSRF_HEADER, CSRF_HEADER_VALUE } from '@tessera/kit/contract';

/**
 * Limits shared by requests and the log's event schemas; a request that passes
 * them always makes a valid event.
 */
export const LIMITS = {
  title: 200,
  summary: 500,
  body: 100_000,
  tags: 20,
  tag: 40,
  slug: 80,
  reason: 500,
  pageSize: 50,
  page: 10_000,
} as const;

/** The same pattern as the log's `Section`: a lower-case word, dashes allowed. */
export const SECTION_PATTERN = /^[a-z][a-z-]{1,29}$/;
/** Lower-case words joined by single dashes (also the log's `Slug`). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Stable error codes this BFF answers with, beside the kit's `KIT_*`. */
export const ARTICLES_ERROR_CODES = {
  slugTaken: 'ARTICLES_001',
  articleNotFound: 'ARTICLES_002',
  retracted: 'ARTICLES_003',
  revisionNotFound: 'ARTICLES_004',
  sectionNotFound: 'ARTICLES_005',
  staleRevision: 'ARTICLES_006',
  busy: 'ARTICLES_007',
  starting: 'ARTICLES_008',
} as const;
