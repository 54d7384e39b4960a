import {
  ServiceError,
  projectionsReady,
  createService,
  createServiceMetrics,
  createSessionVerifier,
  type Logger,
  type SessionKeySource,
} from '@tessera/kit';
import type { EventLog } from '@tessera/log';
import type { FastifyInstance } from 'fastify';
import { createChangeFeed, type ChangeFeed } from './changes.js';
import { ARTICLES_API_BASE } from './contract/index.js';
import { ArticlesErrors } from './errors.js';
import { openApiDocument } from './openapi.js';
import { createArticlesProjections } from './projection/index.js';
import { createOrderedIndex } from './projection/ordered.js';
import type { RouteContext } from './routes/context.js';
import { eventRoutes } from './routes/events.js';
import { readRoutes } from './routes/read.js';
import { writeRoutes } from './routes/write.js';
import { createViews } from './views.js';
import { createWriter } from './writes.js';

export interface ArticlesBffOptions {
  log: EventLog;
  logger: Logger;
  /** The login BFF's public key(s), to verify the session cookie. */
  sessionKeys: SessionKeySource;
  /** Process metrics on /metrics (default true; tests turn them off). */
  defaultMetrics?: boolean;
  trustProxy?: boolean | string | string[];
  /** Origins allowed to send changes; none = the host the request came through. */
  allowedOrigins?: string[];
  heartbeatMs?: number;
  /** How long a write waits for its event to be applied before answering 503 (default 5 s). */
  applyTimeoutMs?: number;
}

export interface ArticlesBff {
  app: FastifyInstance;
  changes: ChangeFeed;
  /** Rebuilds both projections from the log; resolves once they have caught up. */
  start(): Promise<void>;
}

// Bodies reach 100k characters, up to 4 bytes each in UTF-8, plus JSON escapes.
const BODY_LIMIT = 1024 * 1024;

export function createArticlesBff(options: ArticlesBffOptions): ArticlesBff {
  const { log, logger } = options;
  const metrics = createServiceMetrics({ defaultMetrics: options.defaultMetrics ?? true });
  const changes = createChangeFeed();
  const { articles, users } = createArticlesProjections(log, {
    logger,
    changes,
    onApplied: (stream) => metrics.recordApplied(stream),
  });
  for (const [stream, projection] of [
    ['articles', articles],
    ['users', users],
  ] as const) {
    metrics.observeLag(stream, async () =>
      Math.max(0, (await log.head(stream)) - projection.offset),
    );
  }
  const ready = () => articles.caughtUp && users.caughtUp;

  const app = createService({
    name: 'bff-articles',
    logger,
    metrics,
    bodyLimit: BODY_LIMIT,
    trustProxy: options.trustProxy,
    csrf: { allowedOrigins: options.allowedOrigins },
    readiness: projectionsReady({ articles, users }),
    // Projections stop following before the log they follow closes.
    closeOnStop: [{ close: () => articles.stop() }, { close: () => users.stop() }, log],
  });

  const ctx: RouteContext = {
    articles,
    users,
    ordered: createOrderedIndex(() => articles.state),
    views: createViews(() => users.state),
    writer: createWriter({ log, articles, applyTimeoutMs: options.applyTimeoutMs }),
    verifier: createSessionVerifier({ keys: options.sessionKeys }),
    changes,
    heartbeatMs: options.heartbeatMs ?? 15_000,
  };
  const document = openApiDocument();

  void app.register(
    async (api) => {
      api.get('/openapi.json', async () => document);
      // Half-built answers would look like lost articles: say "starting" instead.
      api.addHook('onRequest', async (request) => {
        if (!ready() && !request.url.endsWith('/openapi.json')) {
          throw new ServiceError(
            ArticlesErrors.starting,
            'Articles are still loading; retry in a moment.',
            {
              headers: { 'retry-after': '1' },
            },
          );
        }
      });
      await api.register(readRoutes(ctx));
      await api.register(writeRoutes(ctx));
      await api.register(eventRoutes(ctx));
    },
    { prefix: ARTICLES_API_BASE },
  );

  return {
    app,
    changes,
    start: async () => {
      await Promise.all([articles.start(), users.start()]);
    },
  };
}
