export { createService, type Closeable, type ServiceOptions } from './service.js';
export { createLogger, type Logger, type LoggerOptions } from './logger.js';
export { ConfigError, loadConfig, portSchema, type Env } from './config.js';
export {
  KitErrors,
  ServiceError,
  defineErrorCodes,
  type ErrorCode,
  type ServiceErrorExtras,
} from './errors.js';
export {
  CSRF_HEADER,
  CSRF_HEADER_VALUE,
  PROBLEM_CONTENT_TYPE,
  fieldErrorSchema,
  problemSchema,
  type FieldError,
  type ProblemDocument,
} from './contract.js';
export { problemType, toProblem, toServiceError } from './problem.js';
export { parseBody, parseParams, parseQuery, parseRequest, type RequestPart } from './validate.js';
export { createServiceMetrics, type MetricsOptions, type ServiceMetrics } from './metrics.js';
export {
  alwaysReady,
  projectionsReady,
  type ProjectionProgress,
  type Readiness,
  type ReadinessCheck,
} from './readiness.js';
export { installGracefulStop, type GracefulStopOptions, type SignalSource } from './shutdown.js';
export {
  SESSION_ALGORITHMS,
  SESSION_AUDIENCE,
  SESSION_COOKIE,
  SESSION_ISSUER,
  createSessionVerifier,
  roleSchema,
  sessionClaimsSchema,
  type Role,
  type Session,
  type SessionKeySource,
  type SessionVerifier,
  type SessionVerifierOptions,
} from './session.js';
export { checkCsrf, type CsrfOptions } from './csrf.js';
export { readCookie } from './cookies.js';
export { formatTraceparent, newSpanId, newTraceId, traceIdFromHeader } from './trace.js';
export { openApiDocument, type ApiDoc, type ResponseDoc, type RouteDoc } from './openapi.js';
