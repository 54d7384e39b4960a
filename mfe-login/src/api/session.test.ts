// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient } from './client';
import { announceSession, createSessionApi } from './session';

const user = { id: 'u1', displayName: 'Ada', role: 'reader' };

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

describe('the login session API', () => {
  it('posts the credentials as JSON to the login BFF and returns the user', async () => {
    const fetch = vi.fn(async () => json({ user }));
    const api = createSessionApi(createApiClient({ baseUrl: '/api/login', fetch }));
    await expect(api.signIn({ email: 'ada@example.org', password: 'pw' })).resolves.toEqual(user);
    expect(fetch).toHaveBeenCalledWith(
      '/api/login/sign-in',
      expect.objectContaining({
        method: 'POST',
        credentials: 'same-origin',
        headers: expect.objectContaining({ 'x-tessera-csrf': '1' }),
        body: JSON.stringify({ email: 'ada@example.org', password: 'pw' }),
      }),
    );
  });

  it('rejects with the problem document when the BFF refuses', async () => {
    const problem = { title: 'Unauthorized', status: 401, detail: 'Wrong email or password.' };
    const api = createSessionApi(
      createApiClient({ baseUrl: '/api/login', fetch: async () => json(problem, 401) }),
    );
    const error = await api.signIn({ email: 'a@b.c', password: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe('Wrong email or password.');
  });

  it('announces a session change on window', () => {
    const seen = vi.fn();
    window.addEventListener('tessera:session-changed', (event) =>
      seen((event as CustomEvent).detail),
    );
    announceSession(user);
    announceSession(null);
    expect(seen.mock.calls).toEqual([[{ user }], [{ user: null }]]);
  });
});
