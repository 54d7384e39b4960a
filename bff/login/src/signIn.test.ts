import { describe, expect, it } from 'vitest';
import {
  browserHeaders,
  createTestLoginBff,
  sessionTokenFrom,
  type TestLoginBff,
} from './testing.js';

const password = 'correct horse battery';

async function withAnn(overrides: Parameters<typeof createTestLoginBff>[0] = {}) {
  const bff = await createTestLoginBff(overrides);
  await bff.accounts.register({
    email: 'ann@example.org',
    password,
    displayName: 'Ann',
    role: 'reader',
  });
  return bff;
}

function signIn(bff: TestLoginBff, payload: unknown, headers: Record<string, string> = {}) {
  return bff.app.inject({
    method: 'POST',
    url: '/api/login/sign-in',
    headers: { ...browserHeaders, 'content-type': 'application/json', ...headers },
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
}

const tightLimits = {
  perIp: { limit: 100, windowMs: 60_000 },
  perAccount: { limit: 2, windowMs: 60_000 },
};

describe('POST /api/login/sign-in', () => {
  it('signs in with the right password and sets the session cookie', async () => {
    const bff = await withAnn();
    const res = await signIn(bff, { email: 'ANN@example.org', password });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      user: { id: expect.any(String), displayName: 'Ann', role: 'reader' },
    });
    expect(sessionTokenFrom(res.headers['set-cookie'])).toBeDefined();
  });

  it('answers a wrong password and an unknown account with the same 401', async () => {
    const bff = await withAnn();
    const wrong = await signIn(bff, { email: 'ann@example.org', password: 'not the password' });
    const unknown = await signIn(bff, { email: 'bob@example.org', password });
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({
        code: 'LOGIN_002',
        detail: 'Check your email and password and try again.',
      });
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it.each([
    ['malformed JSON', '{"email":'],
    ['missing fields', {}],
    ['wrong types', { email: ['a'], password: 7 }],
    ['an overly long password', { email: 'ann@example.org', password: 'x'.repeat(129) }],
    ['a null body', 'null'],
  ])('answers %s with a 400 problem', async (_name, payload) => {
    const bff = await withAnn();
    const res = await signIn(bff, payload);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('locks an account after repeated failures, with Retry-After, even for the right password', async () => {
    const bff = await withAnn({ signInLimits: tightLimits });
    for (let i = 0; i < 2; i++) {
      expect(
        (await signIn(bff, { email: 'ann@example.org', password: 'wrong password' })).statusCode,
      ).toBe(401);
    }
    const locked = await signIn(bff, { email: 'ann@example.org', password });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('LOGIN_003');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it("clears an account's failures after a successful sign-in", async () => {
    const bff = await withAnn({ signInLimits: tightLimits });
    await signIn(bff, { email: 'ann@example.org', password: 'wrong password' });
    expect((await signIn(bff, { email: 'ann@example.org', password })).statusCode).toBe(200);
    await signIn(bff, { email: 'ann@example.org', password: 'wrong password' });
    expect((await signIn(bff, { email: 'ann@example.org', password })).statusCode).toBe(200);
  });

  it('limits attempts per client address across accounts', async () => {
    const bff = await withAnn({
      signInLimits: {
        perIp: { limit: 3, windowMs: 60_000 },
        perAccount: { limit: 100, windowMs: 60_000 },
      },
    });
    const from = (ip: string) => ({ 'x-forwarded-for': ip });
    for (let i = 0; i < 3; i++) {
      await signIn(bff, { email: `user${i}@example.org`, password }, from('203.0.113.7'));
    }
    expect(
      (await signIn(bff, { email: 'ann@example.org', password }, from('203.0.113.7'))).statusCode,
    ).toBe(429);
    expect(
      (await signIn(bff, { email: 'ann@example.org', password }, from('198.51.100.2'))).statusCode,
    ).toBe(200);
  });
});
