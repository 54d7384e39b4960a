import { createService, createServiceMetrics, projectionsReady, type Logger } from '@tessera/kit';
import type { EventLog } from '@tessera/log';
import type { FastifyInstance } from 'fastify';
import { SEARCH_API_BASE } from './contract.js';
import {
  ARTICLES_STREAM,
  createSearchProjection,
  type SearchProjectionOptions,
} from './projection.js';
import { searchRoutes } from './routes.js';
import type { SearchIndex } from './search-index.js';

export interface SearchBffOptions {
  log: EventLog;
  logger: Logger;
  /** Process metrics on /metrics (default true; tests turn them off). */
  defaultMetrics?: boolean;
  /** One log line per request (default true; the bench turns it off). */
  logRequests?: boolean;
  /** Answers cached per route until the index changes (default 1000; 0 = off). */
  cacheSize?: number;
  /** Rebuild the index with a worker thread reading the log at this URL (see the projection). */
  rebuildWorker?: SearchProjectionOptions['rebuildWorker'];
}

export interface SearchBff {
  app: FastifyInstance;
  /** The live index (replaced never; exposed for tests and the bench). */
  readonly index: SearchIndex;
  /** Rebuilds the index from the log; resolves once caught up, then keeps following. */
  start(): Promise<void>;
  /** Resolves once the index has applied `offset` of the articles stream. */
  waitFor(offset: number, options?: { timeoutMs?: number }): Promise<void>;
}

export function createSearchBff(options: SearchBffOptions): SearchBff {
  const { log, logger } = options;
  const metrics = createServiceMetrics({ defaultMetrics: options.defaultMetrics ?? true });
  const projection = createSearchProjection(log, {
    logger,
    onApplied: () => metrics.recordApplied(ARTICLES_STREAM),
    rebuildWorker: options.rebuildWorker,
  });
  metrics.observeLag(ARTICLES_STREAM, async () =>
    Math.max(0, (await log.head(ARTICLES_STREAM)) - projection.offset),
  );

  const projectionReady = projectionsReady({ articles: projection });
  const app = createService({
    name: 'bff-search',
    logger,
    metrics,
    logRequests: options.logRequests,
    // A projection that stopped on an error answers 503 naming it; otherwise report progress.
    readiness: async () => ({
      ...(await projectionReady()),
      detail: { offset: projection.offset, articles: projection.state.size },
    }),
    // The projection stops following before the log it follows closes.
    closeOnStop: [{ close: () => projection.stop() }, log],
  });
  void app.register(
    searchRoutes({ index: () => projection.state, cacheSize: options.cacheSize ?? 1000 }),
    { prefix: SEARCH_API_BASE },
  );

  return {
    app,
    get index() {
      return projection.state;
    },
    start: () => projection.start(),
    waitFor: (offset, waitOptions) => projection.waitFor(offset, waitOptions),
  };
}
