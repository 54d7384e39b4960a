import { ConfigError, createLogger, installGracefulStop, loadConfig } from '@tessera/kit';
import { openEventLog } from '@tessera/log';
import { createSearchBff } from './app.js';
import { searchEnvSchema } from './config.js';

async function main(): Promise<void> {
  const env = loadConfig(searchEnvSchema, process.env);
  const logger = createLogger({ name: 'bff-search', level: env.LOG_LEVEL });
  const log = await openEventLog(env.EVENT_LOG_URL, { producer: 'bff-search', logger });
  const bff = createSearchBff({
    log,
    logger,
    cacheSize: env.SEARCH_CACHE_SIZE,
    rebuildWorker: { url: env.EVENT_LOG_URL },
  });
  installGracefulStop(bff.app, { signals: process, exit: (code) => process.exit(code) });
  // Listen first so /readyz can say "not yet" while the index rebuilds.
  await bff.app.listen({ port: env.PORT, host: env.HOST });
  const started = performance.now();
  await bff.start();
  logger.info(
    {
      port: env.PORT,
      log: log.adapter,
      articles: bff.index.size,
      rebuildMs: Math.round(performance.now() - started),
    },
    'bff-search ready',
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`bff-search: ${error.message}`);
  } else {
    console.error('bff-search failed to start:', error);
  }
  process.exit(1);
});
