import {
  createService,
  createServiceMetrics,
  createSessionVerifier,
  projectionsReady,
  type Logger,
} from '@tessera/kit';
import type { EventLog } from '@tessera/log';
import type { FastifyInstance } from 'fastify';
import { createAccounts, type Accounts } from './accounts.js';
import { CREDENTIALS_STREAM, USERS_STREAM } from './catalog.js';
import { LOGIN_API_BASE } from './contract.js';
import type { SecureCookieMode } from './cookie.js';
import type { SessionKeys } from './keys.js';
import { createPasswordHasher, type PasswordHasher } from './passwords.js';
import { createLoginProjections } from './projections.js';
import { loginRoutes } from './routes.js';
import { createSignInGuard, DEFAULT_SIGN_IN_LIMITS, type SignInLimits } from './signInGuard.js';

export interface LoginBffOptions {
  /** Opened with `loginCatalog()`, so the private credential events validate. */
  log: EventLog;
  logger: Logger;
  keys: SessionKeys;
  /** Session lifetime (default 8 h). */
  sessionTtlSeconds?: number;
  secureCookie?: SecureCookieMode;
  hasher?: PasswordHasher;
  signInLimits?: SignInLimits;
  /** Process metrics on /metrics (default true). */
  defaultMetrics?: boolean;
  trustProxy?: boolean | string | string[];
}

export interface LoginBff {
  app: FastifyInstance;
  accounts: Accounts;
  /** Builds the projections from the log; resolves once both have caught up. */
  start(): Promise<void>;
}

export function createLoginBff(options: LoginBffOptions): LoginBff {
  const { log, logger, keys } = options;
  const metrics = createServiceMetrics({ defaultMetrics: options.defaultMetrics ?? true });
  const projections = createLoginProjections(log, {
    logger,
    onApplied: (projection) => metrics.recordApplied(projection),
  });
  const { users, credentials } = projections;
  const watched = [
    [USERS_STREAM, users],
    [CREDENTIALS_STREAM, credentials],
  ] as const;
  for (const [stream, projection] of watched) {
    metrics.observeLag(stream, async () =>
      Math.max(0, (await log.head(stream)) - projection.offset),
    );
  }
  const accounts = createAccounts({
    log,
    projections,
    hasher: options.hasher ?? createPasswordHasher(),
  });

  const app = createService({
    name: 'bff-login',
    logger,
    metrics,
    trustProxy: options.trustProxy,
    readiness: projectionsReady({ users, credentials }),
    // Projections stop following before the log they follow closes.
    closeOnStop: [{ close: () => users.stop() }, { close: () => credentials.stop() }, log],
  });

  const routes = loginRoutes({
    accounts,
    keys,
    verifier: createSessionVerifier({ keys: { publicKey: keys.publicKey } }),
    guard: createSignInGuard(options.signInLimits ?? DEFAULT_SIGN_IN_LIMITS),
    sessionTtlSeconds: options.sessionTtlSeconds ?? 8 * 60 * 60,
    secureCookie: options.secureCookie ?? 'auto',
  });
  void app.register(routes, { prefix: LOGIN_API_BASE });

  return {
    app,
    accounts,
    start: async () => {
      await Promise.all([users.start(), credentials.start()]);
    },
  };
}
