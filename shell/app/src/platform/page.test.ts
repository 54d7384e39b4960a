// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createComposition } from '../compose.js';
import { renderLayout } from '../layout.js';
import { defaultShellOptions } from '../options.js';
import { planApps } from '../plan.js';
import type { SingleSpaApi } from '../single-spa-api.js';
import { fakeRuntime } from '../testing/fakes.js';
import { manualTimers } from '../testing/manual-timers.js';
import { registryApp, registryOf } from '../testing/registry.js';
import { createVersionBoard } from '../versions.js';
import { platformLifecycles } from './page.js';
import type { PlatformData } from './platform-data.js';
import { PLATFORM_APP } from './route.js';

const data: PlatformData = {
  revision: 7,
  apps: [
    {
      name: 'search',
      current: '1.1.0+bbbbbb2',
      previous: '1.0.0+aaaaaa1',
      canary: { version: '1.2.0+cccccc3', percent: 10 },
    },
  ],
  history: [
    {
      offset: 7,
      time: '2026-11-26T03:10:00.000Z',
      app: 'search',
      kind: 'rolled-back',
      fromVersion: '1.2.0+dddddd4',
      version: '1.1.0+bbbbbb2',
      actor: 'ana',
    },
    {
      offset: 6,
      time: '2026-11-26T03:00:00.000Z',
      app: 'search',
      kind: 'activated',
      version: '1.2.0+dddddd4',
      actor: 'ana',
      commit: { sha: '0123456789abcdef', time: '2026-11-26T01:00:00+00:00' },
    },
  ],
  historyTotal: 7,
  metrics: {
    window: { from: '2026-10-27T12:00:00.000Z', to: '2026-11-26T12:00:00.000Z', days: 30 },
    deployFrequency: { deploys: 6, perDay: 0.2, perWeek: 1.4 },
    leadTime: { medianMs: 2 * 60 * 60 * 1000, samples: 1 },
    changeFailRate: { failures: 1, deploys: 6, rate: 1 / 6 },
    timeToRestore: { medianMs: 10 * 60 * 1000, samples: 1 },
  },
};

let main: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<main id="main"></main>';
  main = document.getElementById('main')!;
});

const cellsOf = (row: Element) => [...row.children].map((cell) => cell.textContent);
const metric = (id: string) => main.querySelector(`[data-metric="${id}"] .t-platform__value`);

describe('the /platform page', () => {
  it('shows each app with its current, previous and canary version in a captioned table', async () => {
    const page = platformLifecycles({ main, fetchJson: async () => data });
    await page.mount();
    expect(main.querySelector('h1')?.textContent).toBe('Platform');
    const apps = main.querySelector('[data-testid="platform-apps"]')!;
    expect(apps.querySelector('caption')?.textContent).toBe('Versions live now');
    expect([...apps.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).toEqual([
      'col',
      'col',
      'col',
      'col',
    ]);
    const row = apps.querySelector('tbody tr[data-app="search"]')!;
    expect(row.firstElementChild?.getAttribute('scope')).toBe('row');
    expect(cellsOf(row)).toEqual([
      'search',
      '1.1.0+bbbbbb2',
      '1.0.0+aaaaaa1',
      '1.2.0+cccccc3 (10% of browsers)',
    ]);
  });

  it('lists the history newest first with time, kind, versions, who and the commit', async () => {
    await platformLifecycles({ main, fetchJson: async () => data }).mount();
    const history = main.querySelector('[data-testid="platform-history"]')!;
    expect(history.querySelector('caption')?.textContent).toContain('2 of 7');
    const [rollback, activation] = [...history.querySelectorAll('tbody tr')];
    expect(cellsOf(rollback!)).toEqual([
      '2026-11-26 03:10 UTC',
      'search',
      'Rolled back',
      '1.2.0+dddddd4 → 1.1.0+bbbbbb2',
      'ana',
      '—',
    ]);
    expect(cellsOf(activation!).at(-1)).toBe('0123456');
  });

  it('states the window and shows the four delivery metrics', async () => {
    await platformLifecycles({ main, fetchJson: async () => data }).mount();
    expect(main.querySelector('[data-testid="platform-window"]')?.textContent).toBe(
      'Over the last 30 days: 2026-10-27 12:00 UTC to 2026-11-26 12:00 UTC.',
    );
    expect(metric('deploy-frequency')?.textContent).toBe('1.4 / week');
    expect(metric('lead-time')?.textContent).toBe('2.0 h');
    expect(metric('change-fail-rate')?.textContent).toBe('17%');
    expect(metric('time-to-restore')?.textContent).toBe('10 min');
  });

  it('says what went wrong and what to do when the figures cannot be read', async () => {
    const page = platformLifecycles({
      main,
      fetchJson: async () => {
        throw new Error('GET /platform.json answered 503');
      },
    });
    await page.mount();
    expect(main.querySelector('[role="status"]')?.textContent).toBe(
      'The deploy figures could not be loaded (GET /platform.json answered 503). Reload the page to try again.',
    );
    await page.unmount();
    expect(main.children).toHaveLength(0);
  });
});

describe('the /platform route', () => {
  it('belongs to the shell even when an app claims every path, and loads no remote', async () => {
    const registered: Parameters<SingleSpaApi['registerApplication']>[0][] = [];
    const parcels: object[] = [];
    const singleSpa: SingleSpaApi = {
      registerApplication: (config) => registered.push(config),
      mountRootParcel: (config) => parcels.push(config),
    };
    const layout = renderLayout(document, document.body);
    const runtime = fakeRuntime(async () => ({}));
    const pages = registryApp('pages', { routes: ['/*'], parcels: { 'header-search': './box' } });
    const composition = createComposition({
      apps: planApps(registryOf({ pages }), 0),
      layout,
      options: defaultShellOptions,
      runtime,
      versions: createVersionBoard(layout.versions),
      reportError: () => undefined,
      singleSpa,
      navigate: () => undefined,
      timers: manualTimers(),
      random: () => 0.5,
    });
    composition.registerApplications();
    const active = (pathname: string) =>
      registered.filter((app) => app.activeWhen({ pathname } as Location)).map((app) => app.name);
    expect(active('/platform')).toEqual([PLATFORM_APP]);
    expect(active('/platformer')).toEqual(['pages']);
    const fetched = vi.spyOn(window, 'fetch').mockResolvedValue(Response.json(data));
    const platform = registered.find((app) => app.name === PLATFORM_APP)!;
    const lifecycles = (await platform.app()) as ReturnType<typeof platformLifecycles>;
    await lifecycles.mount();
    expect(fetched).toHaveBeenCalledWith('/platform.json', expect.anything());
    expect(layout.main.querySelector('[data-testid="platform-apps"]')).not.toBeNull();
    expect(composition.mountParcels('/platform')).toBe(false);
    expect(parcels).toEqual([]);
    expect(runtime.loads).toEqual([]);
    fetched.mockRestore();
    expect(composition.mountParcels('/')).toBe(true);
    expect(parcels).toHaveLength(1);
  });

  it('has a link in the footer', () => {
    renderLayout(document, document.body);
    const link = document.querySelector('footer a[href="/platform"]');
    expect(link?.hasAttribute('data-tessera-link')).toBe(true);
  });
});
