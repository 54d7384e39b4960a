import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createService } from './service.js';
import {
  createSessionVerifier,
  SESSION_AUDIENCE,
  SESSION_COOKIE,
  SESSION_ISSUER,
} from './session.js';
import { captureLogger } from './testing.js';

let privateKey: CryptoKey;
let publicKey: CryptoKey;

beforeAll(async () => {
  ({ privateKey, publicKey } = await generateKeyPair('EdDSA', { extractable: true }));
});

function sign(
  claims: Record<string, unknown>,
  options: { key?: CryptoKey; expires?: string; issuer?: string } = {},
) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'EdDSA', kid: 'k1' })
    .setIssuer(options.issuer ?? SESSION_ISSUER)
    .setAudience(SESSION_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expires ?? '1h')
    .sign(options.key ?? privateKey);
}

const alice = { sub: 'u-1', name: 'Alice', role: 'reader' };

function guardedService() {
  const verifier = createSessionVerifier({ keys: { publicKey } });
  const app = createService({ name: 's', logger: captureLogger().logger, defaultMetrics: false });
  app.get('/me', { preHandler: verifier.requireSession }, async (request) => request.session);
  app.get('/desk', { preHandler: verifier.requireRole('editor') }, async () => ({ ok: true }));
  return app;
}

const withCookie = (token: string) => ({ cookie: `theme=dark; ${SESSION_COOKIE}=${token}` });

describe('session verification', () => {
  it('turns a valid token into the session it names', async () => {
    const verifier = createSessionVerifier({ keys: { publicKey } });
    await expect(verifier.verifyToken(await sign(alice))).resolves.toEqual({
      userId: 'u-1',
      displayName: 'Alice',
      role: 'reader',
    });
  });

  it('verifies against a JWKS document', async () => {
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'EdDSA' };
    const verifier = createSessionVerifier({ keys: { jwks: { keys: [jwk] } } });
    await expect(verifier.verifyToken(await sign(alice))).resolves.toMatchObject({ userId: 'u-1' });
  });

  it('rejects tokens signed by another key, from another issuer, expired or with bad claims', async () => {
    const verifier = createSessionVerifier({ keys: { publicKey } });
    const other = await generateKeyPair('EdDSA');
    const bad = [
      await sign(alice, { key: other.privateKey }),
      await sign(alice, { issuer: 'someone-else' }),
      await sign(alice, { expires: '-1m' }),
      await sign({ ...alice, role: 'admin' }),
      'not-a-jwt',
    ];
    for (const token of bad) {
      await expect(verifier.verifyToken(token)).rejects.toMatchObject({
        status: 401,
        code: 'KIT_006',
      });
    }
  });

  it('answers 401 without a session cookie and sets request.session with one', async () => {
    const app = guardedService();
    const anonymous = await app.inject({ url: '/me' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().code).toBe('KIT_006');
    const signedIn = await app.inject({ url: '/me', headers: withCookie(await sign(alice)) });
    expect(signedIn.json()).toEqual({ userId: 'u-1', displayName: 'Alice', role: 'reader' });
  });

  it('answers 403 to a reader and lets an editor through requireRole("editor")', async () => {
    const app = guardedService();
    const reader = await app.inject({ url: '/desk', headers: withCookie(await sign(alice)) });
    expect(reader.statusCode).toBe(403);
    expect(reader.json().code).toBe('KIT_007');
    const editorToken = await sign({ ...alice, role: 'editor' });
    expect((await app.inject({ url: '/desk', headers: withCookie(editorToken) })).statusCode).toBe(
      200,
    );
  });

  it('answers 503 when the JWKS cannot be fetched', async () => {
    const verifier = createSessionVerifier({ keys: { jwksUrl: 'http://127.0.0.1:9/jwks.json' } });
    await expect(verifier.verifyToken(await sign(alice))).rejects.toMatchObject({
      status: 503,
      code: 'KIT_010',
    });
  });
});
