import { ConfigError, createLogger, installGracefulStop, loadConfig } from '@tessera/kit';
import { openEventLog } from '@tessera/log';
import { createLoginBff } from './app.js';
import { loginCatalog } from './catalog.js';
import { loginEnvSchema } from './config.js';
import { loadOrCreateDevKeys, sessionKeysFromPem } from './keys.js';
import { REPO_DATA_DIR } from './paths.js';

async function main(): Promise<void> {
  const env = loadConfig(loginEnvSchema({ dataDir: REPO_DATA_DIR }), process.env);
  const logger = createLogger({ name: 'bff-login', level: env.LOG_LEVEL });
  const keys = env.SESSION_PRIVATE_KEY
    ? await sessionKeysFromPem(env.SESSION_PRIVATE_KEY)
    : await loadOrCreateDevKeys({ file: env.SESSION_KEY_FILE, logger });
  const log = await openEventLog(env.EVENT_LOG_URL, {
    producer: 'bff-login',
    catalog: loginCatalog(),
    logger,
  });
  const bff = createLoginBff({
    log,
    logger,
    keys,
    sessionTtlSeconds: env.SESSION_TTL_SECONDS,
    secureCookie: env.SESSION_COOKIE_SECURE,
    trustProxy: env.TRUST_PROXY,
  });
  installGracefulStop(bff.app, { signals: process, exit: (code) => process.exit(code) });
  // Listen first so /readyz can say "not yet" while the projections rebuild.
  await bff.app.listen({ port: env.PORT, host: env.HOST });
  await bff.start();
  logger.info({ port: env.PORT, log: log.adapter }, 'bff-login ready');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`bff-login: ${error.message}`);
  } else {
    console.error('bff-login failed to start:', error);
  }
  process.exit(1);
});
