// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announceSession, SESSION_CHANGED } from '../api/session-event';
import { mount, unmount } from './account-menu';
import { SESSION_REQUESTED } from './menu-session';

const ada = { id: 'u1', displayName: 'Ada Lovelace', role: 'editor' as const };

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

const fetch = vi.fn<(url: string, init?: RequestInit) => Promise<Response>>();
/** Parcels mounted by a test, unmounted after it so none keeps listening into the next. */
const live: Parameters<typeof unmount>[0][] = [];

async function mounted() {
  const slot = document.createElement('div');
  document.body.append(slot);
  const p = { name: 'login-header-account', domElement: slot, navigate: vi.fn(), version: 't' };
  await mount(p);
  live.push(p);
  // The parcel asks who is signed in as it mounts; let that question reach the stub.
  await vi.waitFor(() => expect(fetch).toHaveBeenCalledWith('/api/login/me', expect.anything()));
  return { p, slot };
}

function key(target: Element, name: string) {
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }),
  );
}

async function signedInMenu() {
  fetch.mockImplementation(async () => json({ user: ada }));
  const m = await mounted();
  const button = await vi.waitFor(() => {
    const found = m.slot.querySelector<HTMLButtonElement>('button[aria-haspopup="menu"]');
    expect(found?.textContent).toBe('Ada Lovelace');
    return found!;
  });
  const items = () => [...m.slot.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  return { ...m, button, items };
}

describe('the account menu parcel', () => {
  beforeEach(() => {
    fetch.mockReset();
    fetch.mockImplementation(async () => json({ user: null }));
    vi.stubGlobal('fetch', fetch);
  });

  afterEach(async () => {
    await Promise.all(live.splice(0).map((p) => unmount(p)));
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('links to sign-in for nobody, navigating client-side', async () => {
    const { p, slot } = await mounted();
    const link = slot.querySelector('a')!;
    expect(link.textContent).toBe('Sign in');
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
    expect(p.navigate).toHaveBeenCalledWith('/login');
  });

  it('asks who is signed in on mount and names the button after them', async () => {
    const { button, slot } = await signedInMenu();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(slot.querySelector('[role="menu"]')?.hasAttribute('hidden')).toBe(true);
  });

  it('opens on ArrowDown at "Account", moves with the arrows and closes on Escape', async () => {
    const { button, items } = await signedInMenu();
    button.focus();
    key(button, 'ArrowDown');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(items().map((item) => item.textContent)).toEqual(['Account', 'Sign out']);
    expect(document.activeElement).toBe(items()[0]);
    key(items()[0]!, 'ArrowDown');
    expect(document.activeElement).toBe(items()[1]);
    key(items()[1]!, 'ArrowDown');
    expect(document.activeElement).toBe(items()[0]);
    key(items()[0]!, 'End');
    expect(document.activeElement).toBe(items()[1]);
    key(items()[1]!, 'Escape');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('goes to the account page from "Account"', async () => {
    const { p, button, items } = await signedInMenu();
    button.click();
    items()[0]!.click();
    expect(p.navigate).toHaveBeenCalledWith('/account');
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('signs out at the BFF on "Sign out", tells the page, and offers sign-in again', async () => {
    const { button, items, slot } = await signedInMenu();
    const seen = vi.fn();
    window.addEventListener(SESSION_CHANGED, (event) => seen((event as CustomEvent).detail));
    fetch.mockImplementation(async () => new Response(null, { status: 204 }));
    button.click();
    items()[1]!.click();
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith({ user: null }));
    expect(fetch).toHaveBeenLastCalledWith(
      '/api/login/sign-out',
      expect.objectContaining({ method: 'POST' }),
    );
    expect(slot.querySelector('a')?.textContent).toBe('Sign in');
  });

  it('says so when signing out fails, and stays signed in', async () => {
    const { button, items, slot } = await signedInMenu();
    fetch.mockImplementation(async () => json({ title: 'Bad Gateway', status: 502 }, 502));
    button.click();
    items()[1]!.click();
    await vi.waitFor(() =>
      expect(slot.querySelector('[role="alert"]')?.textContent).toContain('Signing out failed'),
    );
    expect(slot.querySelector('button[aria-haspopup]')?.textContent).toBe('Ada Lovelace');
  });

  it('follows session changes announced by the page', async () => {
    const { slot } = await mounted();
    announceSession(ada);
    expect(slot.querySelector('button')?.textContent).toBe('Ada Lovelace');
    announceSession(null);
    expect(slot.querySelector('a')?.textContent).toBe('Sign in');
  });

  it('tells the page who is signed in once it knows, and again when an app asks', async () => {
    const seen = vi.fn();
    const listener = (event: Event) => seen((event as CustomEvent).detail);
    window.addEventListener(SESSION_CHANGED, listener);
    try {
      const { p } = await signedInMenu();
      expect(seen).toHaveBeenCalledWith({ user: ada });
      seen.mockClear();
      window.dispatchEvent(new Event(SESSION_REQUESTED));
      expect(seen).toHaveBeenCalledWith({ user: ada });
      await unmount(p);
      seen.mockClear();
      window.dispatchEvent(new Event(SESSION_REQUESTED));
      expect(seen).not.toHaveBeenCalled();
    } finally {
      window.removeEventListener(SESSION_CHANGED, listener);
    }
  });

  it('leaves the slot empty and stops listening after unmount', async () => {
    const { p, slot } = await mounted();
    await unmount(p);
    announceSession(ada);
    expect(slot.innerHTML).toBe('');
  });
});
