import type { FieldError } from './contract.js';

/** A stable error code with the HTTP status and title it always maps to. */
export interface ErrorCode {
  code: string;
  status: number;
  title: string;
}

export interface ServiceErrorExtras {
  errors?: FieldError[];
  headers?: Record<string, string>;
  cause?: unknown;
}

/**
 * The one typed error every service throws. The error handler installed by
 * `createService` maps it to an `application/problem+json` document, so route
 * code never builds error replies by hand.
 */
export class ServiceError extends Error {
  readonly code: string;
  readonly status: number;
  readonly title: string;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;

  constructor(def: ErrorCode, detail: string, extras: ServiceErrorExtras = {}) {
    super(detail, extras.cause === undefined ? undefined : { cause: extras.cause });
    this.name = 'ServiceError';
    this.code = def.code;
    this.status = def.status;
    this.title = def.title;
    this.errors = extras.errors;
    this.headers = extras.headers ?? {};
  }
}

/** Declares a family's codes in one table; the identity function keeps literal types. */
export function defineErrorCodes<T extends Record<string, ErrorCode>>(table: T): T {
  return table;
}

/** The kit's own codes. Service families define theirs (`LOGIN_001`, ...) the same way. */
export const KitErrors = defineErrorCodes({
  validation: { code: 'KIT_001', status: 400, title: 'Request failed validation' },
  malformedBody: { code: 'KIT_002', status: 400, title: 'Malformed request body' },
  bodyTooLarge: { code: 'KIT_003', status: 413, title: 'Request body too large' },
  unsupportedMediaType: { code: 'KIT_004', status: 415, title: 'Unsupported media type' },
  notFound: { code: 'KIT_005', status: 404, title: 'Not found' },
  unauthenticated: { code: 'KIT_006', status: 401, title: 'Sign-in required' },
  forbidden: { code: 'KIT_007', status: 403, title: 'Not allowed' },
  csrf: { code: 'KIT_008', status: 403, title: 'Cross-site request refused' },
  badRequest: { code: 'KIT_009', status: 400, title: 'Bad request' },
  sessionKeysUnavailable: {
    code: 'KIT_010',
    status: 503,
    title: 'Session keys unavailable',
  },
  internal: { code: 'KIT_011', status: 500, title: 'Internal error' },
  projectionFailed: { code: 'KIT_012', status: 503, title: 'Projection stopped' },
});
