import { ConfigError, createLogger, installGracefulStop, loadConfig } from '@tessera/kit';
import { openEventLog } from '@tessera/log';
import { createArticlesBff } from './app.js';
import { articlesEnvSchema, sessionKeySource } from './config.js';

async function main(): Promise<void> {
  const env = loadConfig(articlesEnvSchema, process.env);
  const logger = createLogger({ name: 'bff-articles', level: env.LOG_LEVEL });
  const sessionKeys = sessionKeySource(env);
  if ('jwksUrl' in sessionKeys) {
    logger.warn(
      { jwksUrl: sessionKeys.jwksUrl },
      'SESSION_PUBLIC_KEY not set; session keys will be fetched from the login BFF',
    );
  }
  const log = await openEventLog(env.EVENT_LOG_URL, { producer: 'bff-articles', logger });
  const bff = createArticlesBff({
    log,
    logger,
    sessionKeys,
    trustProxy: env.TRUST_PROXY,
    allowedOrigins: env.ALLOWED_ORIGINS,
  });
  installGracefulStop(bff.app, { signals: process, exit: (code) => process.exit(code) });
  // Listen first so /readyz can say "not yet" while the projections rebuild.
  await bff.app.listen({ port: env.PORT, host: env.HOST });
  await bff.start();
  logger.info({ port: env.PORT, log: log.adapter }, 'bff-articles ready');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`bff-articles: ${error.message}`);
  } else {
    console.error('bff-articles failed to start:', error);
  }
  process.exit(1);
});
