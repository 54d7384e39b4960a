import './augment.js';
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyRequest,
} from 'fastify';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { checkCsrf, type CsrfOptions } from './csrf.js';
import { errorHandler, notFoundHandler, sendProblem } from './errorHandler.js';
import { createServiceMetrics, type ServiceMetrics } from './metrics.js';
import { registerOpsRoutes } from './ops.js';
import { alwaysReady, type ReadinessCheck } from './readiness.js';
import { formatTraceparent, newSpanId, newTraceId, traceIdFromHeader } from './trace.js';
import { refuseDeclaredOversize } from './body-limit.js';

export interface Closeable {
  close(): unknown;
}

export interface ServiceOptions {
  name: string;
  logger: Logger;
  /** Ready = able to serve, e.g. the projection has caught up with the log. */
  readiness?: ReadinessCheck;
  /** Give one to share metrics with code built before the service; else a fresh one. */
  metrics?: ServiceMetrics;
  metricsRegistry?: Registry;
  /** Process metrics on /metrics (default true; tests turn them off). */
  defaultMetrics?: boolean;
  /** Largest accepted body in bytes (default 64 KiB). */
  bodyLimit?: number;
  /** CSRF checks on every mutation (default on); `false` only for services with no browser callers. */
  csrf?: CsrfOptions | false;
  /** Closed after in-flight requests finish when the service stops (e.g. the event log). */
  closeOnStop?: Closeable[];
  /** One line per request at info (default true); probes and scrapes are measured, not logged. */
  logRequests?: boolean;
  /**
   * Which proxies' X-Forwarded-* headers to believe (default: loopback, where
   * the edge runs), so `request.ip` is the browser's address, not the edge's.
   */
  trustProxy?: boolean | string | string[];
}

const OPS_ROUTES = new Set(['/healthz', '/readyz', '/metrics']);

function routeLabel(request: FastifyRequest): string {
  return request.routeOptions.url ?? 'unmatched';
}

/**
 * A fastify instance with everything a Tessera service shares: trace ids in
 * logs and responses, problem documents for every error, health, readiness,
 * metrics, CSRF checks and orderly close.
 */
export function createService(options: ServiceOptions): FastifyInstance {
  const app = Fastify({
    // Typed as fastify's base logger so the instance is a plain FastifyInstance.
    loggerInstance: options.logger as FastifyBaseLogger,
    bodyLimit: options.bodyLimit ?? 64 * 1024,
    trustProxy: options.trustProxy ?? 'loopback',
    genReqId: (req) => traceIdFromHeader(req.headers.traceparent) ?? newTraceId(),
    // Our onResponse hook writes one line per request instead of fastify's two.
    logController: new LogController({ requestIdLogLabel: 'traceId', disableRequestLogging: true }),
    frameworkErrors: (error, request, reply) => sendProblem(error, request, reply),
  });

  const metrics =
    options.metrics ??
    createServiceMetrics({
      registry: options.metricsRegistry,
      defaultMetrics: options.defaultMetrics ?? true,
    });
  app.decorate('metrics', metrics);
  app.decorateRequest('traceId', '');
  app.decorateRequest('session', null);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);

  refuseDeclaredOversize(app);
  app.addHook('onRequest', async (request, reply) => {
    request.traceId = request.id;
    void reply.header('traceparent', formatTraceparent(request.id, newSpanId()));
  });
  const csrf = options.csrf;
  if (csrf !== false) {
    app.addHook('preHandler', async (request) => checkCsrf(request, csrf ?? {}));
  }
  app.addHook('onResponse', async (request, reply) => {
    const labels = { route: routeLabel(request), method: request.method, status: reply.statusCode };
    metrics.requestDuration.observe(labels, reply.elapsedTime / 1000);
    if (options.logRequests !== false && !OPS_ROUTES.has(labels.route)) {
      request.log.info({ ...labels, ms: Math.round(reply.elapsedTime * 10) / 10 }, 'request');
    }
  });
  app.addHook('onClose', async () => {
    for (const resource of options.closeOnStop ?? []) await resource.close();
  });

  registerOpsRoutes(app, options.readiness ?? alwaysReady);
  return app;
}
