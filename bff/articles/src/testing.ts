import { SESSION_AUDIENCE, SESSION_COOKIE, SESSION_ISSUER, type Session } from '@tessera/kit';
import { captureLogger } from '@tessera/kit/testing';
import { openEventLog, type EventLog } from '@tessera/log';
import { SignJWT, exportJWK, generateKeyPair, type CryptoKey, type JWK } from 'jose';
import { createArticlesBff, type ArticlesBff, type ArticlesBffOptions } from './app.js';
import type { PublishRequest } from './contract/index.js';

export const editor: Session = { userId: 'u-edith', displayName: 'Edith Okafor', role: 'editor' };
export const secondEditor: Session = {
  userId: 'u-tomas',
  displayName: 'Tomás Ruiz',
  role: 'editor',
};
export const reader: Session = { userId: 'u-rita', displayName: 'Rita Reader', role: 'reader' };

/** A key pair standing in for the login BFF's, and a signer for its session tokens. */
export interface TestSessions {
  publicJwk: JWK;
  privateKey: CryptoKey;
  cookie(session: Session): Promise<string>;
}

export async function createTestSessions(): Promise<TestSessions> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), alg: 'EdDSA', kid: 'test' };
  return {
    publicJwk,
    privateKey,
    async cookie(session) {
      const token = await new SignJWT({ name: session.displayName, role: session.role })
        .setProtectedHeader({ alg: 'EdDSA', kid: 'test' })
        .setSubject(session.userId)
        .setIssuer(SESSION_ISSUER)
        .setAudience(SESSION_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(privateKey);
      return `${SESSION_COOKIE}=${token}`;
    },
  };
}

/** Appends `user.registered` for each session, as the login BFF would. */
export async function registerUsers(log: EventLog, sessions: Session[]): Promise<void> {
  await log.append(
    'users',
    sessions.map((s) => ({
      type: 'user.registered',
      key: s.userId,
      data: {
        userId: s.userId,
        username: s.userId.replace(/[^a-z0-9_.-]/g, ''),
        displayName: s.displayName,
        role: s.role,
      },
    })),
  );
}

export interface TestBff {
  bff: ArticlesBff;
  log: EventLog;
  sessions: TestSessions;
  /** Headers of a same-origin change by this user (cookie + CSRF header). */
  as(session: Session): Promise<Record<string, string>>;
  close(): Promise<void>;
}

export interface TestBffOptions extends Partial<ArticlesBffOptions> {
  url?: string;
  sessions?: TestSessions;
  /** Register the test users on the log first (default true). */
  users?: boolean;
}

/** A started BFF on a fresh `memory:` log (or `url`), quiet, with test users registered. */
export async function startTestBff(options: TestBffOptions = {}): Promise<TestBff> {
  const { url = 'memory:', users = true, ...rest } = options;
  const sessions = options.sessions ?? (await createTestSessions());
  const log = options.log ?? (await openEventLog(url, { producer: 'test' }));
  if (users) await registerUsers(log, [editor, secondEditor, reader]);
  const bff = createArticlesBff({
    logger: captureLogger('bff-articles', 'warn').logger,
    defaultMetrics: false,
    sessionKeys: { jwks: { keys: [sessions.publicJwk] } },
    ...rest,
    log,
  });
  await bff.start();
  return {
    bff,
    log,
    sessions,
    as: async (session) => ({ cookie: await sessions.cookie(session), 'x-tessera-csrf': '1' }),
    close: () => bff.app.close(),
  };
}

let counter = 0;

/** A valid publish body; each call gets a distinct headline. */
export function draft(overrides: Partial<PublishRequest> = {}): PublishRequest {
  counter += 1;
  return {
    title: `Harbour lights return to the old quay, part ${counter}`,
    section: 'city',
    summary: 'The lamps are back after forty years.',
    body: '# Lights\n\nThe **lamps** are back.',
    tags: ['harbour', 'history'],
    ...overrides,
  };
}
