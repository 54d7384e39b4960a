/**
 * The HTTP contract of the articles BFF (`/api/articles`). mfe-articles
 * imports these schemas for its types and to parse responses; this module
 * imports only zod and the kit's browser-safe `@tessera/kit/contract`, so it
 * is safe in a browser bundle.
 *
 * Errors are `application/problem+json` (see `problemSchema`). A retracted
 * article answers 410 (`ARTICLES_003`), an unknown one 404 (`ARTICLES_002`).
 */
export * from './common.js';
export * from './requests.js';
export * from './responses.js';
