/**
 * The HTTP contract of the search BFF (`/api/search`). mfe-search imports
 * these schemas for its types and to parse responses. It imports zod and the
 * kit's browser-safe `@tessera/kit/contract` only; what the browser parses
 * (responses.ts) is zod/mini.
 *
 * Highlights are pre-split segments, never HTML: render each segment as text
 * and wrap the ones with `match: true` in <mark>.
 * Errors are `application/problem+json`: { type, title, status, detail, code,
 * instance, traceId, errors? }; bad query parameters are 400 `KIT_001`.
 */
export * from './contract/common.js';
export * from './contract/requests.js';
export * from './contract/responses.js';
