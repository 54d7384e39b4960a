// @vitest-environment happy-dom
import { CSRF_HEADER } from '@tessera/bff-login/contract';
import { describe, expect, it, vi } from 'vitest';
import { json, problem } from '../testing/http';
import { createAccountApi } from './account';
import { ApiError } from '@tessera/mfe-kit';
import { createApiClient } from './client';
import { formErrorsOf } from './form-errors';
import { createSessionApi } from './session';
import { announceSession, onSessionChange } from './session-event';

const user = { id: 'u1', displayName: 'Ada', role: 'reader' };

function client(answer: () => Response) {
  const fetch = vi.fn(async () => answer());
  return { fetch, client: createApiClient({ baseUrl: '/api/login', fetch }) };
}

describe('the login session API', () => {
  it('posts the credentials as JSON with the CSRF header and returns the parsed user', async () => {
    const { fetch, client: c } = client(() => json({ user }));
    await expect(createSessionApi(c).signIn({ email: 'a@b.org', password: 'pw' })).resolves.toEqual(
      user,
    );
    expect(fetch).toHaveBeenCalledWith(
      '/api/login/sign-in',
      expect.objectContaining({
        method: 'POST',
        credentials: 'same-origin',
        headers: expect.objectContaining({ [CSRF_HEADER]: '1' }),
        body: JSON.stringify({ email: 'a@b.org', password: 'pw' }),
      }),
    );
  });

  it('refuses an answer that breaks the contract (an unknown role)', async () => {
    const { client: c } = client(() => json({ user: { ...user, role: 'admin' } }));
    await expect(
      createSessionApi(c).register({ email: 'a', password: 'b', displayName: 'c' }),
    ).rejects.toThrow();
  });

  it('reads who is signed in, and signs out without a body', async () => {
    const answers = [json({ user: null }), new Response(null, { status: 204 })];
    const { fetch, client: c } = client(() => answers.shift()!);
    const api = createAccountApi(c);
    await expect(api.me()).resolves.toBeNull();
    await expect(api.signOut()).resolves.toBeUndefined();
    expect(fetch).toHaveBeenLastCalledWith(
      '/api/login/sign-out',
      expect.objectContaining({ method: 'POST', body: undefined }),
    );
  });

  it('announces session changes on window, to whoever follows them', () => {
    const seen = vi.fn();
    const stop = onSessionChange(seen);
    announceSession(user as never);
    announceSession(null);
    stop();
    announceSession(null);
    expect(seen.mock.calls).toEqual([[user], [null]]);
  });
});

describe('the inline messages from problem documents', () => {
  async function errorOf(response: Response) {
    const { client: c } = client(() => response);
    return createSessionApi(c)
      .signIn({ email: 'a@b.org', password: 'x' })
      .catch((e: unknown) => e);
  }

  it('puts a taken email beside the email field', async () => {
    const error = await errorOf(
      problem(
        409,
        'LOGIN_001',
        'Email already registered',
        'An account with this email exists; sign in instead.',
      ),
    );
    expect(formErrorsOf(error)).toEqual({
      fields: { email: 'An account with this email exists; sign in instead.' },
    });
  });

  it('says wrong email or password for the form', async () => {
    const error = await errorOf(
      problem(
        401,
        'LOGIN_002',
        'Wrong email or password',
        'Check your email and password and try again.',
      ),
    );
    expect(formErrorsOf(error).form).toBe(
      'Wrong email or password. Check your email and password and try again.',
    );
  });

  it('passes on how long to wait when rate limited', async () => {
    const error = await errorOf(
      problem(
        429,
        'LOGIN_003',
        'Too many attempts',
        'Too many sign-in attempts; wait 60 s and try again.',
      ),
    );
    expect(formErrorsOf(error).form).toBe('Too many sign-in attempts; wait 60 s and try again.');
  });

  it('maps each refused field to its input, in plain words', async () => {
    const errors = [
      { path: 'body.password', message: 'Too small', code: 'too_small' },
      { path: 'body.email', message: 'Invalid email', code: 'invalid_format' },
    ];
    const error = await errorOf(
      problem(400, 'KIT_001', 'Request failed validation', 'The request body failed validation.', {
        errors,
      }),
    );
    expect(formErrorsOf(error)).toEqual({
      fields: {
        password: 'Use at least 10 characters.',
        email: 'Enter an email address, like name@example.org.',
      },
    });
  });

  it('says accounts are unavailable when the BFF is down or unreachable', async () => {
    const down = await errorOf(json({ title: 'Bad Gateway', status: 502 }, 502));
    expect(down).toBeInstanceOf(ApiError);
    expect(formErrorsOf(down).form).toMatch(/unavailable right now/);
    expect(formErrorsOf(new TypeError('Failed to fetch')).form).toMatch(/unavailable right now/);
    const notTheBff = await errorOf(json({ error: 'not found' }, 404));
    expect(formErrorsOf(notTheBff).form).toMatch(/unavailable right now/);
  });
});
