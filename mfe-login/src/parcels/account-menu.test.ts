// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { announceSession } from '../api/session';
import { mount, unmount } from './account-menu';

function props(domElement: HTMLElement) {
  return { name: 'login-header-account', domElement, navigate: vi.fn(), version: '0.1.0+test' };
}

describe('the account menu parcel', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('links to sign-in and navigates there client-side', async () => {
    const slot = document.createElement('div');
    const p = props(slot);
    await mount(p);
    const link = slot.querySelector('a')!;
    expect(link.textContent).toBe('Sign in');
    expect(link.getAttribute('href')).toBe('/login');
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
    expect(p.navigate).toHaveBeenCalledWith('/login');
  });

  it('names the user once the session changes, and offers sign-in again after sign-out', async () => {
    const slot = document.createElement('div');
    const p = props(slot);
    await mount(p);
    announceSession({ id: 'u1', displayName: 'Ada', role: 'editor' });
    expect(slot.querySelector('a')!.textContent).toBe('Ada');
    expect(slot.querySelector('a')!.getAttribute('href')).toBe('/account');
    announceSession(null);
    expect(slot.querySelector('a')!.textContent).toBe('Sign in');
    await unmount(p);
  });

  it('leaves the slot empty and stops listening after unmount', async () => {
    const slot = document.createElement('div');
    const p = props(slot);
    await mount(p);
    await unmount(p);
    announceSession({ id: 'u1', displayName: 'Ada', role: 'editor' });
    expect(slot.innerHTML).toBe('');
  });
});
