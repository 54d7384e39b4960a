import { CSRF_HEADER, CSRF_HEADER_VALUE, SESSION_COOKIE } from '@tessera/kit';
import { captureLogger } from '@tessera/kit/testing';
import { openEventLog, type EventLog } from '@tessera/log';
import { createLoginBff, type LoginBff, type LoginBffOptions } from './app.js';
import { loginCatalog } from './catalog.js';
import { generateSessionKeyPem, sessionKeysFromPem, type SessionKeys } from './keys.js';
import { createPasswordHasher } from './passwords.js';

export interface TestLoginBff extends LoginBff {
  log: EventLog;
  keys: SessionKeys;
  lines: () => Record<string, unknown>[];
}

/**
 * A login BFF on a fresh `memory:` log with a throwaway key. Hashing uses a
 * cheap scrypt cost (N=2^10) so suites stay fast; the OWASP default is tested
 * on its own.
 */
export async function createTestLoginBff(
  overrides: Partial<LoginBffOptions> = {},
  { start = true } = {},
): Promise<TestLoginBff> {
  const captured = captureLogger('bff-login', 'debug');
  const log = overrides.log ?? (await openLoginLog('memory:'));
  const keys = overrides.keys ?? (await sessionKeysFromPem(generateSessionKeyPem()));
  const bff = createLoginBff({
    log,
    keys,
    logger: captured.logger,
    hasher: createPasswordHasher({ params: { log2N: 10, r: 8, p: 1 } }),
    defaultMetrics: false,
    ...overrides,
  });
  if (start) await bff.start();
  return { ...bff, log, keys, lines: captured.lines };
}

/** Headers a same-origin browser request from the edge at localhost:8080 carries. */
export const browserHeaders = {
  host: 'localhost:8080',
  origin: 'http://localhost:8080',
  'sec-fetch-site': 'same-origin',
  [CSRF_HEADER]: CSRF_HEADER_VALUE,
};

/** The session token from a response's Set-Cookie, if it set one. */
export function sessionTokenFrom(setCookie: string | string[] | undefined): string | undefined {
  const header = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  const match = header?.match(new RegExp(`^${SESSION_COOKIE}=([^;]*)`));
  return match?.[1] || undefined;
}

/** A connection of its own to the log at `url`, with the catalog bff-login opens it with. */
export function openLoginLog(url: string): Promise<EventLog> {
  return openEventLog(url, { catalog: loginCatalog(), producer: 'test' });
}
