import { ZodError } from 'zod';
import type { ProblemDocument } from './contract.js';
import { KitErrors, ServiceError, type ErrorCode } from './errors.js';
import { fieldErrorsFrom } from './validate.js';

export interface ProblemContext {
  instance: string;
  traceId: string;
}

// Fastify's own 4xx errors (body parsing, routing) and the kit code each maps to.
const FASTIFY_CODES: Record<string, { def: ErrorCode; detail: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    def: KitErrors.malformedBody,
    detail: 'The body is not valid JSON; send a JSON document.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    def: KitErrors.malformedBody,
    detail: 'The body is empty but the content type says JSON; send a JSON document.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    def: KitErrors.malformedBody,
    detail: 'The Content-Length header does not match the body.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    def: KitErrors.bodyTooLarge,
    detail: 'The body is larger than this service accepts; send a smaller one.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    def: KitErrors.unsupportedMediaType,
    detail: 'This service accepts application/json bodies only.',
  },
};

export function problemType(code: string): string {
  return `urn:tessera:problem:${code}`;
}

interface FastifyLikeError {
  code?: unknown;
  statusCode?: unknown;
  message?: unknown;
}

/** Turns anything thrown into a ServiceError; unknown errors become a 500 that leaks nothing. */
export function toServiceError(error: unknown): ServiceError {
  if (error instanceof ServiceError) return error;
  if (error instanceof ZodError) {
    return new ServiceError(KitErrors.validation, 'The request failed validation.', {
      errors: fieldErrorsFrom(error, []),
    });
  }
  const candidate = (typeof error === 'object' && error !== null ? error : {}) as FastifyLikeError;
  const known = typeof candidate.code === 'string' ? FASTIFY_CODES[candidate.code] : undefined;
  if (known) return new ServiceError(known.def, known.detail, { cause: error });
  if (error instanceof SyntaxError && candidate.statusCode === 400) {
    return new ServiceError(
      KitErrors.malformedBody,
      FASTIFY_CODES.FST_ERR_CTP_INVALID_JSON_BODY!.detail,
    );
  }
  const status = typeof candidate.statusCode === 'number' ? candidate.statusCode : 500;
  if (status >= 400 && status < 500) {
    const detail = typeof candidate.message === 'string' ? candidate.message : 'Bad request.';
    return new ServiceError({ ...KitErrors.badRequest, status }, detail, { cause: error });
  }
  return new ServiceError(
    KitErrors.internal,
    'Something went wrong on our side; try again, and quote the traceId if it persists.',
    { cause: error },
  );
}

export function toProblem(error: ServiceError, context: ProblemContext): ProblemDocument {
  const problem: ProblemDocument = {
    type: problemType(error.code),
    title: error.title,
    status: error.status,
    detail: error.message,
    code: error.code,
    instance: context.instance,
    traceId: context.traceId,
  };
  if (error.errors) problem.errors = error.errors;
  return problem;
}
