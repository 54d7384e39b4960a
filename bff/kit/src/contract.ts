// zod/mini and nothing else: every BFF contract re-exports this module and the MFEs bundle those
// contracts, so it must stay free of fastify, pino and node built-ins (contract.test.ts checks).
import * as z from 'zod/mini';

// Its own module, so a page that only sends the header does not bundle the schemas below.
export { CSRF_HEADER, CSRF_HEADER_VALUE } from './csrf-header.js';

/** The media type of every error answer. */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** One field that failed validation; `path` names where it was (`body.email`, `query.page`). */
export const fieldErrorSchema = z.object({
  path: z.string(),
  message: z.string(),
  code: z.string(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** RFC 9457 problem document, with the stable `code` and the `traceId` every Tessera service adds. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string(),
  code: z.string(),
  instance: z.string(),
  traceId: z.string(),
  errors: z.optional(z.array(fieldErrorSchema)),
});
export type ProblemDocument = z.infer<typeof problemSchema>;
