import type { FastifyReply } from 'fastify';

/** Stable error codes of the edge: the one place they are defined and mapped to HTTP. */
export const EdgeErrors = {
  EDGE_001: { status: 404, title: 'Not found' },
  EDGE_002: { status: 404, title: 'Unknown API' },
  EDGE_003: { status: 503, title: 'Backend unavailable' },
  EDGE_004: { status: 504, title: 'Backend timed out' },
  EDGE_005: { status: 503, title: 'Registry not available' },
  EDGE_006: { status: 503, title: 'Shell not published' },
  EDGE_007: { status: 400, title: 'Bad request' },
  EDGE_008: { status: 500, title: 'Internal error' },
  EDGE_009: { status: 502, title: 'Bad gateway' },
  EDGE_010: { status: 429, title: 'Too many requests' },
  EDGE_011: { status: 413, title: 'Request body too large' },
} as const;

export type EdgeErrorCode = keyof typeof EdgeErrors;

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  code: EdgeErrorCode;
  detail: string;
  instance: string;
}

export function problem(code: EdgeErrorCode, detail: string, instance: string): ProblemDocument {
  const { status, title } = EdgeErrors[code];
  return { type: `urn:tessera:problem:${code}`, title, status, code, detail, instance };
}

/**
 * Sends a problem document. `no-store` because an error must never be cached in place of
 * an immutable asset or a page.
 */
export function sendProblem(
  reply: FastifyReply,
  code: EdgeErrorCode,
  detail: string,
  status: number = EdgeErrors[code].status,
): FastifyReply {
  const body = { ...problem(code, detail, reply.request.url), status };
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .type('application/problem+json')
    .send(JSON.stringify(body));
}
