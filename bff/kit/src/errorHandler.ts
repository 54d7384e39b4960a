import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { KitErrors, ServiceError } from './errors.js';
import { PROBLEM_CONTENT_TYPE } from './contract.js';
import { toProblem, toServiceError } from './problem.js';

/** The single place any error becomes a problem reply; 5xx are logged with their cause. */
export function sendProblem(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const problem = toServiceError(error);
  if (problem.status >= 500) {
    request.log.error({ err: error, code: problem.code }, problem.message);
  } else {
    request.log.info({ code: problem.code, status: problem.status }, problem.message);
  }
  const traceId = request.traceId || request.id;
  void reply
    .status(problem.status)
    .headers(problem.headers)
    .type(PROBLEM_CONTENT_TYPE)
    .send(toProblem(problem, { instance: request.url.split('?')[0] ?? '/', traceId }));
}

export function errorHandler(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  sendProblem(error, request, reply);
}

export function notFoundHandler(request: FastifyRequest, reply: FastifyReply): void {
  sendProblem(
    new ServiceError(
      KitErrors.notFound,
      `No route ${request.method} ${request.url.split('?')[0]}.`,
    ),
    request,
    reply,
  );
}
