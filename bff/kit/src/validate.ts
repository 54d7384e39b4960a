import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { FieldError } from './contract.js';
import { KitErrors, ServiceError } from './errors.js';

export type RequestPart = 'body' | 'query' | 'params';

export function fieldErrorsFrom(error: z.ZodError, prefix: string[]): FieldError[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map(String)].join('.'),
    message: issue.message,
    code: issue.code,
  }));
}

/**
 * Parses one part of a request with a zod schema. Every failure is a 400
 * `KIT_001` problem listing each failing field as `<part>.<path>`: one rule
 * for body, query and params, so clients handle a single shape.
 */
export function parseRequest<S extends z.ZodType>(
  schema: S,
  value: unknown,
  part: RequestPart,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ServiceError(KitErrors.validation, `The request ${part} failed validation.`, {
    errors: fieldErrorsFrom(result.error, [part]),
  });
}

export function parseBody<S extends z.ZodType>(request: FastifyRequest, schema: S): z.output<S> {
  return parseRequest(schema, request.body, 'body');
}

export function parseQuery<S extends z.ZodType>(request: FastifyRequest, schema: S): z.output<S> {
  return parseRequest(schema, request.query, 'query');
}

export function parseParams<S extends z.ZodType>(request: FastifyRequest, schema: S): z.output<S> {
  return parseRequest(schema, request.params, 'params');
}
