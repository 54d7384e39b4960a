// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { bootInWindow } from './testing/boot-in-window.js';
import { fakeApp, fakeRuntime } from './testing/fakes.js';
import { manualTimers, settle } from './testing/manual-timers.js';
import { registryApp, registryOf } from './testing/registry.js';

// Its own file: single-spa keeps global state, and this visit starts on a broken route.
describe('a first route whose app cannot load', () => {
  it('shows the fallback, then still mounts the header parcels after the paint', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const registry = registryOf({
      login: registryApp('login', { parcels: { 'header-account': './account-menu' } }),
    });
    const runtime = fakeRuntime(async (_entry, expose) => {
      if (expose === './app') throw new Error('GET remoteEntry.js answered 404');
      return fakeApp(`login ${expose}`);
    });
    const timers = manualTimers();
    let paint = () => {};
    const painted = new Promise<void>((resolve) => (paint = resolve));
    window.history.replaceState(null, '', '/login');
    document.body.innerHTML = '<div id="tessera-root"></div>';
    await bootInWindow({ runtime, registry, timers, afterPaint: () => painted });
    await timers.advance(60_000);
    const account = document.getElementById('tessera-slot-header-account')!;
    expect(document.querySelector('#tessera-slot-main [role="alert"]')).not.toBeNull();
    expect(account.textContent).toBe('');
    paint();
    await settle();
    await timers.advance(60_000);
    expect(account.textContent).toBe('login ./account-menu');
  });
});
