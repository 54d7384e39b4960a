import { describe, expect, it } from 'vitest';
import { AppUnavailableError, createAppSource } from './app-source.js';
import type { AppErrorDetail } from './events.js';
import { planApps } from './plan.js';
import { fakeApp, fakeRuntime } from './testing/fakes.js';
import { manualTimers } from './testing/manual-timers.js';
import { registryApp, registryOf } from './testing/registry.js';

const CURRENT = '/assets/search/1.1.0+aaaaaa/mf-manifest.json';
const PREVIOUS = '/assets/search/1.0.0+bbbbbb/mf-manifest.json';

function setup(behaviour: Parameters<typeof fakeRuntime>[0]) {
  const [app] = planApps(registryOf({ search: registryApp('search') }), undefined);
  const runtime = fakeRuntime(behaviour);
  const timers = manualTimers();
  const errors: AppErrorDetail[] = [];
  const source = createAppSource({
    app: app!,
    runtime,
    loadTimeoutMs: 1_000,
    retry: { attempts: 2, baseDelayMs: 10, maxDelayMs: 100 },
    reportError: (detail) => errors.push(detail),
    timers,
    random: () => 0,
  });
  return { source, runtime, timers, errors };
}

const failing = async () => {
  throw new Error('404');
};

describe('loading an app from its releases', () => {
  it('loads the current release and reports its version', async () => {
    const lifecycles = fakeApp('search');
    const { source, runtime, errors } = setup(async () => lifecycles);
    await expect(source.load('./app')).resolves.toEqual({
      lifecycles,
      version: '1.1.0+aaaaaa',
    });
    expect(runtime.loads).toEqual([{ remote: 'tessera_search', entry: CURRENT, expose: './app' }]);
    expect(errors).toEqual([]);
  });

  it('accepts lifecycles as the default export', async () => {
    const lifecycles = fakeApp('search');
    const { source } = setup(async () => ({ default: lifecycles }));
    expect((await source.load('./app')).lifecycles).toBe(lifecycles);
  });

  it('retries current with a fresh remote, then falls back to previous', async () => {
    const lifecycles = fakeApp('old search');
    const { source, runtime, timers, errors } = setup(async (entry) =>
      entry === PREVIOUS ? lifecycles : failing(),
    );
    const loading = source.load('./app');
    await timers.advance(1_000);
    await expect(loading).resolves.toEqual({ lifecycles, version: '1.0.0+bbbbbb' });
    expect(runtime.uses).toEqual([
      { remote: 'tessera_search', entry: CURRENT, fresh: false },
      { remote: 'tessera_search', entry: CURRENT, fresh: true },
      { remote: 'tessera_search', entry: PREVIOUS, fresh: true },
    ]);
    expect(errors).toMatchObject([{ app: 'search', version: '1.1.0+aaaaaa', phase: 'load' }]);
  });

  it('gives up with AppUnavailableError after every release failed, reporting each', async () => {
    const { source, timers, errors } = setup(failing);
    const loading = source.load('./app');
    const outcome = expect(loading).rejects.toThrow(AppUnavailableError);
    await timers.advance(1_000);
    await outcome;
    expect(errors.map((e) => e.version)).toEqual(['1.1.0+aaaaaa', '1.0.0+bbbbbb']);
    expect(String((errors[0]!.error as Error).message)).toBe('404');
  });

  it('times out a load that never settles and moves on', async () => {
    const lifecycles = fakeApp('old search');
    const { source, timers, errors } = setup((entry) =>
      entry === PREVIOUS ? Promise.resolve(lifecycles) : new Promise(() => {}),
    );
    const loading = source.load('./app');
    await timers.advance(999);
    expect(errors).toEqual([]);
    await timers.advance(2_000);
    await expect(loading).resolves.toMatchObject({ version: '1.0.0+bbbbbb' });
    expect(errors[0]!.error).toMatchObject({ name: 'TimeoutError' });
  });

  it('treats a module without lifecycles as a failed load', async () => {
    const { source, timers, errors } = setup(async () => ({ something: 'else' }));
    const loading = source.load('./app');
    const outcome = expect(loading).rejects.toThrow(AppUnavailableError);
    await timers.advance(1_000);
    await outcome;
    expect(String(errors[0]!.error)).toContain('does not export single-spa lifecycles');
  });

  it('keeps a release that worked for the app’s other modules', async () => {
    let currentWorks = true;
    const { source, runtime, timers } = setup(async (entry) =>
      entry === CURRENT && currentWorks ? fakeApp('x') : failing(),
    );
    await source.load('./app');
    currentWorks = false;
    const parcel = source.load('./search-box');
    const outcome = expect(parcel).rejects.toThrow(AppUnavailableError);
    await timers.advance(1_000);
    await outcome;
    expect(runtime.loads.map((load) => load.entry)).toEqual([CURRENT, CURRENT, CURRENT]);
    expect(runtime.uses.every((use) => !use.fresh)).toBe(true);
  });

  it('starts over from the first release on a later call after a total failure', async () => {
    let healthy = false;
    const { source, runtime, timers } = setup(async () => (healthy ? fakeApp('x') : failing()));
    const first = source.load('./app');
    const outcome = expect(first).rejects.toThrow(AppUnavailableError);
    await timers.advance(1_000);
    await outcome;
    healthy = true;
    await expect(source.load('./app')).resolves.toMatchObject({ version: '1.1.0+aaaaaa' });
    expect(runtime.uses.at(-1)).toEqual({ remote: 'tessera_search', entry: CURRENT, fresh: true });
  });
});
