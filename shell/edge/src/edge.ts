import { join } from 'node:path';
import Fastify, { LogController } from 'fastify';
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import replyFrom from '@fastify/reply-from';
import type { Logger } from 'pino';
import type { EventLog } from '@tessera/log';
import { beaconRoute } from './beacon-route.js';
import { createCanaryMonitor } from './canary-monitor.js';
import { createCompressor } from './compress.js';
import { sendProblem } from './errors.js';
import { createFreshFile } from './fresh-file.js';
import { HEAD_MARKER } from './html.js';
import { pageRoute } from './page-route.js';
import { platformRoute } from './platform/platform-route.js';
import { createPreloadResolver } from './preloads.js';
import { apiProxy } from './proxy.js';
import { registryRoute } from './registry-route.js';
import { createRegistrySource } from './registry-source.js';
import { securityHeaders } from './security.js';
import { devTemplate, shellDevAssets } from './shell-dev.js';
import { traceIdOf, traceparentFor } from './trace.js';
import './augment.js';

export interface EdgeOptions {
  /** Published assets: `<app>/<version>/...`, `shell/...` and the `shell.html` template. */
  assetsDir: string;
  /** The event log whose `deploys` stream the registry is folded from (the caller closes it). */
  eventLog: EventLog;
  /** App name → BFF base URL. */
  bffUrls: Record<string, string>;
  logger: Logger;
  /** Dev mode only: app → dev-server origin serving that app's `mf-manifest.json`. */
  devRemotes?: Record<string, string>;
  /** Dev mode only: the shell's dev server; its template and `/assets/shell/*` replace the published ones. */
  shellDevUrl?: string;
  /** Canary judgement: minimum views, and the error rate above which it is aborted. */
  canary?: { minViews?: number; maxErrorRate?: number; beaconsPerMinute?: number };
  /** A backend that does not accept a connection within this is down: 503 at once. */
  connectTimeoutMs?: number;
  /** A backend that accepted but sends no response headers within this: 504. */
  responseTimeoutMs?: number;
  /** The largest `/api` body passed on (default 1 MiB, what the most generous BFF accepts). */
  apiBodyLimitBytes?: number;
}

const ONE_YEAR_MS = 365 * 24 * 60 * 60 * 1000;

function createTemplate(assetsDir: string, logger: Logger) {
  const path = join(assetsDir, 'shell.html');
  return createFreshFile<string>({
    path,
    parse(content) {
      const template = content.toString('utf8');
      if (!template.includes(HEAD_MARKER)) throw new Error(`${path} has no ${HEAD_MARKER} marker`);
      return template;
    },
    onError: (error) => logger.error({ err: error, path }, 'shell template unusable'),
  });
}

function errorHandling(fastify: FastifyInstance) {
  const notFound = (request: FastifyRequest, reply: FastifyReply) =>
    sendProblem(reply, 'EDGE_001', `Nothing is served at ${request.url.split('?', 1)[0]}.`);
  fastify.setNotFoundHandler(notFound);
  fastify.setErrorHandler((error: { statusCode?: number; message: string }, request, reply) => {
    const status = error.statusCode ?? 500;
    // Static serving refuses directories and `..` paths with 403; saying 404 reveals nothing.
    if (status === 403) return notFound(request, reply);
    if (status === 413) return sendProblem(reply, 'EDGE_011', error.message);
    if (status >= 400 && status < 500) return sendProblem(reply, 'EDGE_007', error.message, status);
    request.log.error({ err: error }, 'request failed');
    return sendProblem(
      reply,
      'EDGE_008',
      'The edge failed to answer. Try again; if it persists, check its logs.',
    );
  });
}

/**
 * The edge server: one origin for the browser. Resolves once its registry has caught up with the
 * `deploys` stream, with the (not yet listening) fastify app.
 */
export async function createEdge(options: EdgeOptions): Promise<FastifyInstance> {
  const { assetsDir, logger, devRemotes = {}, shellDevUrl } = options;
  const fastify = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    return503OnClosing: true,
    // Every log line of a request carries its W3C trace id, the one the BFFs log too.
    logController: new LogController({ requestIdLogLabel: 'traceId' }),
    genReqId: (request) => {
      const traceparent = traceparentFor(request.headers.traceparent);
      // Normalised in place, so the API proxy forwards the very trace this request logs.
      request.headers.traceparent = traceparent;
      return traceIdOf(traceparent);
    },
    // A URL fastify cannot route (`/%ZZ`) is a bad request like any other: a problem document.
    frameworkErrors: (error, _request, reply) =>
      sendProblem(reply, 'EDGE_007', error.message, error.statusCode ?? 400),
  });
  const devOrigins = [...Object.values(devRemotes), ...(shellDevUrl ? [shellDevUrl] : [])];
  const headers = securityHeaders(devOrigins);
  fastify.addHook('onSend', async (_request, reply, payload) => {
    reply.headers(headers);
    return payload;
  });
  errorHandling(fastify);

  const registry = createRegistrySource({ log: options.eventLog, logger, devRemotes });
  await registry.start();
  fastify.addHook('onClose', () => registry.stop());
  fastify.decorate('registryAt', registry.waitFor);
  const compress = createCompressor();
  fastify.get('/healthz', async (_request, reply) =>
    reply.header('cache-control', 'no-store').send({ status: 'ok' }),
  );
  registryRoute(fastify, { registry: registry.get, compress });
  const monitor = createCanaryMonitor({
    log: options.eventLog,
    logger,
    registry: () => registry.current(),
    ...options.canary,
  });
  beaconRoute(fastify, { monitor, perMinute: options.canary?.beaconsPerMinute });
  await platformRoute(fastify, { log: options.eventLog, logger, compress });
  pageRoute(fastify, {
    registry: registry.get,
    template: shellDevUrl
      ? devTemplate(shellDevUrl, logger)
      : createTemplate(assetsDir, logger).get,
    assetsFor: createPreloadResolver({ assetsDir, logger }),
    compress,
  });
  await fastify.register(replyFrom, {
    // Its keep-alive sockets to the BFFs go with the edge: left open, they would hold a BFF's
    // own graceful stop until its deadline wherever an edge closes in-process (tests, benches,
    // the deploy's private edge).
    destroyAgent: true,
    undici: {
      connectTimeout: options.connectTimeoutMs ?? 1000,
      headersTimeout: options.responseTimeoutMs ?? 15_000,
    },
  });
  if (shellDevUrl) shellDevAssets(fastify, shellDevUrl);
  await fastify.register(fastifyStatic, {
    root: assetsDir,
    prefix: '/assets/',
    preCompressed: true,
    immutable: true,
    maxAge: ONE_YEAR_MS,
    index: false,
    list: false,
    redirect: false,
    dotfiles: 'ignore',
    decorateReply: false,
  });
  await fastify.register(apiProxy, {
    prefix: '/api',
    bffUrls: options.bffUrls,
    bodyLimitBytes: options.apiBodyLimitBytes ?? 1024 * 1024,
  });
  return fastify;
}
