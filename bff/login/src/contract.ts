/**
 * The HTTP contract of the login BFF (`/api/login`). mfe-login imports these
 * schemas for its types and to parse responses. It imports zod and the kit's
 * browser-safe `@tessera/kit/contract` only; what the browser parses
 * (responses.ts) is zod/mini.
 *
 * Every change (register, sign-in, sign-out) must carry `X-Tessera-CSRF: 1`.
 * Errors are `application/problem+json`: { type, title, status, detail, code,
 * instance, traceId, errors? }.
 */
export * from './contract/common.js';
export * from './contract/requests.js';
export * from './contract/responses.js';
