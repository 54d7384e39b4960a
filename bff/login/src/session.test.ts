import { createSessionVerifier, SESSION_COOKIE } from '@tessera/kit';
import { describe, expect, it } from 'vitest';
import {
  browserHeaders,
  createTestLoginBff,
  sessionTokenFrom,
  type TestLoginBff,
} from './testing.js';

const ann = { email: 'ann@example.org', password: 'correct horse battery', displayName: 'Ann' };

async function registered(bff: TestLoginBff): Promise<{ token: string; id: string }> {
  const res = await bff.app.inject({
    method: 'POST',
    url: '/api/login/register',
    headers: { ...browserHeaders, 'content-type': 'application/json' },
    payload: ann,
  });
  return { token: sessionTokenFrom(res.headers['set-cookie'])!, id: res.json().user.id };
}

const me = (bff: TestLoginBff, token?: string) =>
  bff.app.inject({
    url: '/api/login/me',
    headers: token ? { cookie: `${SESSION_COOKIE}=${token}` } : {},
  });

describe('sessions', () => {
  it('answers /me with the signed-in user, and with null without a session', async () => {
    const bff = await createTestLoginBff();
    const { token, id } = await registered(bff);
    expect((await me(bff, token)).json()).toEqual({
      user: { id, displayName: 'Ann', role: 'reader' },
    });
    expect((await me(bff)).json()).toEqual({ user: null });
    const tampered = await me(bff, `${token.slice(0, -4)}AAAA`);
    expect(tampered.statusCode).toBe(200);
    expect(tampered.json()).toEqual({ user: null });
  });

  it('reflects a role change on /me without signing in again', async () => {
    const bff = await createTestLoginBff();
    const { token, id } = await registered(bff);
    await bff.log.append('users', [
      {
        type: 'user.role-changed',
        key: id,
        data: { userId: id, role: 'editor', changedBy: 'admin' },
      },
    ]);
    // The projection applies the event asynchronously; poll the public API for it.
    let role: string | undefined;
    for (let attempt = 0; attempt < 200 && role !== 'editor'; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 5));
      role = (await me(bff, token)).json().user.role;
    }
    expect(role).toBe('editor');
  });

  it('signs out by expiring the cookie', async () => {
    const bff = await createTestLoginBff();
    const res = await bff.app.inject({
      method: 'POST',
      url: '/api/login/sign-out',
      headers: browserHeaders,
    });
    expect(res.statusCode).toBe(204);
    expect(String(res.headers['set-cookie'])).toMatch(
      /^tessera_session=; Path=\/; HttpOnly; SameSite=Lax; Max-Age=0/,
    );
  });

  it('refuses sign-out without the CSRF header', async () => {
    const bff = await createTestLoginBff();
    const res = await bff.app.inject({ method: 'POST', url: '/api/login/sign-out' });
    expect(res.statusCode).toBe(403);
  });

  it('publishes a JWKS other BFFs can verify its session tokens with', async () => {
    const bff = await createTestLoginBff();
    const { token, id } = await registered(bff);
    const jwks = await bff.app.inject({ url: '/api/login/.well-known/jwks.json' });
    expect(jwks.headers['cache-control']).toBe('public, max-age=300');
    expect(jwks.json().keys[0]).toMatchObject({
      kty: 'OKP',
      crv: 'Ed25519',
      alg: 'EdDSA',
      kid: bff.keys.kid,
    });
    expect(JSON.stringify(jwks.json())).not.toMatch(/"d"/);
    const verifier = createSessionVerifier({ keys: { jwks: jwks.json() } });
    await expect(verifier.verifyToken(token)).resolves.toEqual({
      userId: id,
      displayName: 'Ann',
      role: 'reader',
    });
  });

  it('serves an OpenAPI document generated from the contract schemas', async () => {
    const bff = await createTestLoginBff();
    const doc = (await bff.app.inject({ url: '/api/login/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual([
      '/api/login/register',
      '/api/login/sign-in',
      '/api/login/sign-out',
      '/api/login/me',
      '/api/login/.well-known/jwks.json',
    ]);
    const register =
      doc.paths['/api/login/register'].post.requestBody.content['application/json'].schema;
    expect(register.required).toEqual(['email', 'password', 'displayName']);
  });
});
