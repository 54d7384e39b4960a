import { describe, expect, it } from 'vitest';
import { browserHeaders, createTestLoginBff, sessionTokenFrom } from './testing.js';

const ann = {
  email: 'Ann@Example.org',
  password: 'correct horse battery',
  displayName: 'Ann Ödegaard',
};

async function register(
  bff: Awaited<ReturnType<typeof createTestLoginBff>>,
  payload: unknown,
  headers: Record<string, string> = {},
) {
  return bff.app.inject({
    method: 'POST',
    url: '/api/login/register',
    headers: { ...browserHeaders, 'content-type': 'application/json', ...headers },
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
}

describe('POST /api/login/register', () => {
  it('creates a reader, answers 201 with the public user and starts a session', async () => {
    const bff = await createTestLoginBff();
    const res = await register(bff, ann);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({
      user: { id: expect.any(String), displayName: 'Ann Ödegaard', role: 'reader' },
    });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(
      /^tessera_session=[\w-]+\.[\w-]+\.[\w-]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=28800$/,
    );
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('marks the cookie Secure when the site is not on localhost', async () => {
    const bff = await createTestLoginBff();
    const res = await register(bff, ann, {
      host: 'news.example.com',
      origin: 'https://news.example.com',
    });
    expect(res.statusCode).toBe(201);
    expect(String(res.headers['set-cookie'])).toMatch(/; Secure$/);
  });

  it('refuses an email that is already registered, whatever its case, with 409', async () => {
    const bff = await createTestLoginBff();
    expect((await register(bff, ann)).statusCode).toBe(201);
    const again = await register(bff, { ...ann, email: ' ann@EXAMPLE.org ' });
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(again.json()).toMatchObject({ code: 'LOGIN_001', status: 409 });
    expect(sessionTokenFrom(again.headers['set-cookie'])).toBeUndefined();
  });

  it('lets exactly one of two simultaneous registrations of one email win', async () => {
    const bff = await createTestLoginBff();
    const results = await Promise.all([
      register(bff, ann),
      register(bff, { ...ann, displayName: 'Other' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(
      bff.accounts.findUser(results.find((r) => r.statusCode === 201)!.json().user.id),
    ).toBeDefined();
  });

  it('answers malformed JSON with a 400 problem', async () => {
    const bff = await createTestLoginBff();
    const res = await register(bff, '{"email": "a@b.c", ');
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('KIT_002');
  });

  it('lists each missing field', async () => {
    const bff = await createTestLoginBff();
    const res = await register(bff, {});
    expect(res.statusCode).toBe(400);
    const paths = res
      .json()
      .errors.map((e: { path: string }) => e.path)
      .sort();
    expect(paths).toEqual(['body.displayName', 'body.email', 'body.password']);
  });

  it.each([
    ['wrong types', { email: 42, password: ['x'], displayName: null }, 'body.email'],
    ['an invalid email', { ...ann, email: 'not-an-email' }, 'body.email'],
    ['a short password', { ...ann, password: 'short' }, 'body.password'],
    ['an overly long password', { ...ann, password: 'p'.repeat(129) }, 'body.password'],
    ['an overly long display name', { ...ann, displayName: 'n'.repeat(81) }, 'body.displayName'],
    ['a blank display name', { ...ann, displayName: '   ' }, 'body.displayName'],
    ['an overly long email', { ...ann, email: `${'a'.repeat(250)}@example.org` }, 'body.email'],
    ['an array body', [ann], 'body'],
  ])('answers %s with a 400 naming the field', async (_name, payload, path) => {
    const bff = await createTestLoginBff();
    const res = await register(bff, payload);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('KIT_001');
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it('answers a body over the size limit with 413', async () => {
    const bff = await createTestLoginBff();
    const res = await register(bff, { ...ann, displayName: 'x'.repeat(70_000) });
    expect(res.statusCode).toBe(413);
  });

  it('answers a non-JSON body with 415', async () => {
    const bff = await createTestLoginBff();
    const res = await register(bff, 'email=a', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(res.statusCode).toBe(415);
  });

  it('refuses a registration without the CSRF header', async () => {
    const bff = await createTestLoginBff();
    const res = await register(bff, ann, { 'x-tessera-csrf': '' });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('KIT_008');
  });
});
