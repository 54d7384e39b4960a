// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { AccountApi } from './api/account';
import { announceSession, SESSION_CHANGED } from './api/session-event';
import { createSessionStore } from './session-store';

const ada = { id: 'u1', displayName: 'Ada', role: 'editor' as const };

function accountApi(overrides: Partial<AccountApi> = {}): AccountApi {
  return { me: vi.fn(async () => ada), signOut: vi.fn(async () => undefined), ...overrides };
}

describe('the session store of the login app', () => {
  it('loads who is signed in', async () => {
    const store = createSessionStore(async () => accountApi());
    expect(store.status.value).toBe('loading');
    await store.load();
    expect(store.user.value).toEqual(ada);
    expect(store.status.value).toBe('ready');
    store.stop();
  });

  it('is unavailable when the BFF cannot say', async () => {
    const api = accountApi({ me: async () => Promise.reject(new Error('down')) });
    const store = createSessionStore(async () => api);
    await store.load();
    expect(store.status.value).toBe('unavailable');
    store.stop();
  });

  it('announces sign-in and sign-out to the page, and follows what others announce', async () => {
    const api = accountApi();
    const store = createSessionStore(async () => api);
    const seen = vi.fn();
    window.addEventListener(SESSION_CHANGED, (event) => seen((event as CustomEvent).detail));
    store.signedIn(ada);
    expect(store.user.value).toEqual(ada);
    await store.signOut();
    expect(api.signOut).toHaveBeenCalled();
    expect(store.user.value).toBeNull();
    expect(seen.mock.calls).toEqual([[{ user: ada }], [{ user: null }]]);
    announceSession(ada);
    expect(store.user.value).toEqual(ada);
    store.stop();
    announceSession(null);
    expect(store.user.value).toEqual(ada);
  });

  it('keeps a sign-in announced while the first answer was on its way', async () => {
    let answer: (user: null) => void = () => undefined;
    const api = accountApi({ me: vi.fn(() => new Promise<null>((resolve) => (answer = resolve))) });
    const store = createSessionStore(async () => api);
    const loading = store.load();
    await vi.waitFor(() => expect(api.me).toHaveBeenCalled());
    announceSession(ada);
    answer(null);
    await loading;
    expect(store.user.value).toEqual(ada);
    store.stop();
  });
});
