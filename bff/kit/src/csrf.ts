import type { FastifyRequest } from 'fastify';
import { CSRF_HEADER, CSRF_HEADER_VALUE } from './csrf-header.js';
import { KitErrors, ServiceError } from './errors.js';

/**
 * CSRF defence for mutations, in three layers:
 * 1. A custom header (`X-Tessera-CSRF: 1`). HTML forms cannot set headers and
 *    a cross-origin `fetch` that sets one needs a CORS preflight, which no
 *    Tessera service grants; so a request carrying it came from our origin.
 * 2. `Sec-Fetch-Site`, when the browser sends it, must be `same-origin`.
 * 3. `Origin`, when present, must be an allowed origin (or, with no list, the
 *    host the request was addressed to, through the edge's X-Forwarded-Host).
 * The session cookie is also `SameSite=Lax`, so cross-site POSTs carry no
 * session in the first place; these checks hold even where that fails.
 */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface CsrfOptions {
  /** Exact origins (`https://news.example`) allowed to send mutations. */
  allowedOrigins?: string[];
}

function refuse(detail: string): ServiceError {
  return new ServiceError(KitErrors.csrf, detail);
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function originMatches(request: FastifyRequest, origin: string, allowed: string[]): boolean {
  if (allowed.length > 0) return allowed.includes(origin);
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  const forwarded = first(request.headers['x-forwarded-host'])?.split(',')[0]?.trim();
  return host === (forwarded ?? request.headers.host);
}

/** Throws a 403 `KIT_008` problem when a mutation fails any layer; safe methods pass. */
export function checkCsrf(request: FastifyRequest, options: CsrfOptions = {}): void {
  if (SAFE_METHODS.has(request.method)) return;
  if (first(request.headers[CSRF_HEADER.toLowerCase()]) !== CSRF_HEADER_VALUE) {
    throw refuse(`Send the header "${CSRF_HEADER}: ${CSRF_HEADER_VALUE}" with every change.`);
  }
  const site = first(request.headers['sec-fetch-site']);
  if (site !== undefined && site !== 'same-origin') {
    throw refuse('Changes are only accepted from pages of this site.');
  }
  const origin = first(request.headers.origin);
  if (origin !== undefined && !originMatches(request, origin, options.allowedOrigins ?? [])) {
    throw refuse(`Changes are not accepted from origin ${origin}.`);
  }
}
