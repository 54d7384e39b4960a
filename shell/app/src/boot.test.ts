// @vitest-environment happy-dom
import * as singleSpaModule from 'single-spa';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AppErrorDetail } from './events.js';
import { bootInWindow } from './testing/boot-in-window.js';
import { fakeApp, fakeRuntime, type FakeApp } from './testing/fakes.js';
import { manualTimers, settle } from './testing/manual-timers.js';
import { registryApp, registryOf } from './testing/registry.js';

// single-spa keeps global state, so this file boots one shell and walks through a visit.
const registry = registryOf({
  articles: registryApp('articles', {
    routes: ['/', '/articles/*'],
    nav: [{ label: 'Front page', href: '/', order: 10 }],
  }),
  search: registryApp('search', {
    nav: [{ label: 'Search', href: '/search', order: 20 }],
    parcels: { 'header-search': './search-box' },
  }),
  login: registryApp('login'),
});

const modules = new Map<string, FakeApp>();
const broken = new Set<string>();
const runtime = fakeRuntime(async (entry, expose) => {
  if (broken.has(entry)) throw new Error(`GET ${entry} answered 404`);
  const app = entry.split('/')[2]!;
  const key = `${app} ${expose}`;
  if (!modules.has(key)) modules.set(key, fakeApp(key));
  return modules.get(key);
});
const timers = manualTimers();
// Paints happen when the test says so: each afterPaint() waits until paintNow() is called.
const paintWaiters: (() => void)[] = [];
const paintNow = () => paintWaiters.splice(0).forEach((resolve) => resolve());
const errors: AppErrorDetail[] = [];
const onError = (event: Event) => errors.push((event as CustomEvent<AppErrorDetail>).detail);

function nextRouting(): Promise<void> {
  return new Promise((resolve) =>
    window.addEventListener('single-spa:routing-event', () => resolve(), { once: true }),
  );
}

async function visit(path: string): Promise<void> {
  const routed = nextRouting();
  singleSpaModule.navigateToUrl(path);
  await timers.advance(60_000);
  await routed;
  await settle();
}

const main = () => document.getElementById('tessera-slot-main')!;
const footer = () => document.querySelector('[data-testid="app-versions"]')!.textContent;

beforeAll(async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  window.addEventListener('tessera:app-error', onError);
  document.head.innerHTML = `<meta name="tessera-retry" content="attempts=2, base=10, max=20">`;
  const inline = document.createElement('script');
  inline.type = 'application/json';
  inline.id = 'tessera-registry';
  inline.textContent = JSON.stringify(registry);
  document.head.append(inline);
  document.body.innerHTML = '<div id="tessera-root"></div>';
  const routed = nextRouting();
  await bootInWindow({
    runtime,
    registry,
    timers,
    afterPaint: () => new Promise((resolve) => paintWaiters.push(resolve)),
  });
  await routed;
  await settle();
});

afterAll(() => {
  window.removeEventListener('tessera:app-error', onError);
  vi.restoreAllMocks();
});

describe('the booted shell', () => {
  it('mounts the app for the route into the main slot and lists its version', () => {
    expect(main().textContent).toBe('articles ./app');
    expect(footer()).toContain('articles 1.1.0+aaaaaa');
  });

  it('renders nav links from the registry in order, marking the current page', () => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('nav a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('aria-current')])).toEqual([
      ['Front page', 'page'],
      ['Search', null],
    ]);
  });

  it('loads header parcels only after the route app has shown its content and painted', async () => {
    const loads = () => runtime.loads.map((load) => `${load.remote} ${load.expose}`);
    const searchSlot = document.getElementById('tessera-slot-header-search')!;
    expect(loads()).toEqual(['tessera_articles ./app']);
    paintNow();
    await settle();
    expect(searchSlot.textContent).toBe('');
    const app = main().querySelector('[data-tessera-app]')!;
    app.dispatchEvent(new CustomEvent('tessera:content-shown', { bubbles: true }));
    await settle();
    paintNow();
    await timers.advance(60_000);
    expect(loads()).toEqual(['tessera_articles ./app', 'tessera_search ./search-box']);
    expect(searchSlot.textContent).toBe('search ./search-box');
    expect(footer()).toContain('search 1.1.0+aaaaaa');
  });

  it('shows its 404 page for a path no app claims, and leaves no app behind', async () => {
    await visit('/no/such/page');
    expect(main().querySelector('h1')?.textContent).toBe('Page not found');
    expect(main().textContent).not.toContain('articles');
    expect(footer()).not.toContain('articles');
  });

  it('navigates client-side when a layout link is clicked', async () => {
    const routed = nextRouting();
    document.querySelector<HTMLAnchorElement>('a.t-brand')!.click();
    await routed;
    await settle();
    expect(window.location.pathname).toBe('/');
    expect(main().textContent).toBe('articles ./app');
  });

  it('isolates an app that cannot load: fallback in its slot, events, the rest intact', async () => {
    broken.add(registry.apps.login!.current.manifest);
    broken.add(registry.apps.login!.previous!.manifest);
    await visit('/login');
    const alert = main().querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Login is unavailable right now.');
    expect(alert?.querySelector('button')?.textContent).toBe('Retry');
    expect(errors.map((e) => `${e.app} ${e.version} ${e.phase}`)).toEqual([
      'login 1.1.0+aaaaaa load',
      'login 1.0.0+bbbbbb load',
    ]);
    expect(document.getElementById('tessera-slot-header-search')!.textContent).toBe(
      'search ./search-box',
    );
    expect(footer()).not.toContain('login');
    await visit('/search');
    expect(main().textContent).toBe('search ./app');
  });

  it('tries again when the user comes back, and Retry recovers with the last good release', async () => {
    const loginLoads = () => runtime.loads.filter((load) => load.remote === 'tessera_login').length;
    const before = loginLoads();
    await visit('/login');
    expect(loginLoads()).toBeGreaterThan(before);
    expect(main().querySelector('[role="alert"]')).not.toBeNull();
    broken.delete(registry.apps.login!.previous!.manifest);
    main().querySelector('button')!.click();
    await timers.advance(60_000);
    expect(main().querySelector('[role="alert"]')).toBeNull();
    expect(main().textContent).toBe('login ./app');
    expect(footer()).toContain('login 1.0.0+bbbbbb');
    expect(singleSpaModule.getAppStatus('login')).toBe('MOUNTED');
  });
});
