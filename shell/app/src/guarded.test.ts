// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { AppUnavailableError, type Loaded } from './app-source.js';
import type { AppErrorDetail } from './events.js';
import { createGuardedLifecycles } from './guarded.js';
import { fakeApp, type FakeApp } from './testing/fakes.js';
import { manualTimers, settle } from './testing/manual-timers.js';
import { createVersionBoard } from './versions.js';

let slot: HTMLElement;
let footer: HTMLElement;

beforeEach(() => {
  document.body.innerHTML = '<div id="slot"></div><ul id="versions"></ul>';
  slot = document.getElementById('slot')!;
  footer = document.getElementById('versions')!;
});

function setup(load: () => Promise<Loaded>) {
  const timers = manualTimers();
  const errors: AppErrorDetail[] = [];
  const guard = createGuardedLifecycles({
    app: 'search',
    label: 'Search',
    load,
    mountTimeoutMs: 500,
    timers,
    reportError: (detail) => errors.push(detail),
    versions: createVersionBoard(footer),
  });
  const props = { name: 'search', domElement: slot, navigate: () => {} };
  return { guard, timers, errors, props };
}

const loaded = (app: FakeApp): Loaded => ({ lifecycles: app, version: '1.1.0+aaaaaa' });
const unavailable = async (): Promise<Loaded> => {
  throw new AppUnavailableError('search ./app could not be loaded');
};

function fallback() {
  return slot.querySelector<HTMLElement>('[role="alert"]');
}

describe('a guarded app', () => {
  it('mounts the remote app in its own container with the shell props', async () => {
    const app = fakeApp('Results');
    const { guard, props } = setup(async () => loaded(app));
    await guard.mount(props);
    expect(slot.querySelector('[data-tessera-app="search"]')?.textContent).toBe('Results');
    expect(app.calls).toEqual(['bootstrap', 'mount']);
    expect(app.props[0]).toMatchObject({ name: 'search', version: '1.1.0+aaaaaa' });
    expect(app.props[0]!.navigate).toBe(props.navigate);
    expect(footer.textContent).toBe('search 1.1.0+aaaaaa');
  });

  it('unmounts cleanly, leaving the slot and footer empty', async () => {
    const app = fakeApp('Results');
    const { guard, props } = setup(async () => loaded(app));
    await guard.mount(props);
    await guard.unmount();
    expect(app.calls).toEqual(['bootstrap', 'mount', 'unmount']);
    expect(slot.innerHTML).toBe('');
    expect(footer.textContent).toBe('');
  });

  it('bootstraps once across mounts', async () => {
    const app = fakeApp('Results');
    const { guard, props } = setup(async () => loaded(app));
    await guard.mount(props);
    await guard.unmount();
    await guard.mount(props);
    expect(app.calls).toEqual(['bootstrap', 'mount', 'unmount', 'mount']);
  });

  it('shows an accessible fallback in its slot when the app cannot be loaded', async () => {
    const { guard, props } = setup(unavailable);
    await guard.mount(props);
    const alert = fallback();
    expect(alert?.textContent).toContain('Search is unavailable right now.');
    expect(alert?.querySelector('button')?.textContent).toBe('Retry');
    expect(slot.querySelector('[data-tessera-app]')).toBeNull();
    expect(footer.textContent).toBe('');
  });

  it('loads and mounts the app when Retry is pressed and it works again', async () => {
    const app = fakeApp('Results');
    let healthy = false;
    const { guard, props } = setup(async () => (healthy ? loaded(app) : unavailable()));
    await guard.mount(props);
    healthy = true;
    fallback()!.querySelector('button')!.click();
    await settle();
    expect(fallback()).toBeNull();
    expect(slot.textContent).toBe('Results');
    expect(footer.textContent).toBe('search 1.1.0+aaaaaa');
  });

  it('keeps the fallback, usable again, when Retry fails too', async () => {
    let calls = 0;
    const { guard, props } = setup(() => {
      calls += 1;
      return unavailable();
    });
    await guard.mount(props);
    const button = fallback()!.querySelector('button')!;
    button.click();
    button.click();
    await settle();
    expect(calls).toBe(2);
    expect(slot.querySelectorAll('[role="alert"]')).toHaveLength(1);
    expect(button.disabled).toBe(false);
  });

  it('shows the fallback and reports when the app throws in mount', async () => {
    const app = fakeApp('Results');
    app.mount = async () => {
      throw new Error('mount exploded');
    };
    const { guard, props, errors } = setup(async () => loaded(app));
    await guard.mount(props);
    expect(fallback()?.textContent).toContain('Search is unavailable right now.');
    expect(errors).toMatchObject([
      {
        app: 'search',
        version: '1.1.0+aaaaaa',
        phase: 'mount',
        error: { message: 'mount exploded' },
      },
    ]);
  });

  it('shows the fallback when mount hangs, and takes the app down if it finishes late', async () => {
    const app = fakeApp('Results');
    let finishMount = () => {};
    const realMount = app.mount as (props: Record<string, unknown>) => Promise<void>;
    app.mount = (given) =>
      new Promise<void>((resolve) => {
        finishMount = () => void realMount(given).then(resolve);
      });
    const { guard, props, timers, errors } = setup(async () => loaded(app));
    const mounting = guard.mount(props);
    await timers.advance(500);
    await mounting;
    expect(fallback()).not.toBeNull();
    expect(errors[0]).toMatchObject({ phase: 'mount', error: { name: 'TimeoutError' } });
    finishMount();
    await settle();
    expect(app.calls).toContain('unmount');
    expect(footer.textContent).toBe('');
  });

  it('does not mount an app whose load finishes after single-spa unmounted it', async () => {
    const app = fakeApp('Results');
    let finishLoad = (_: Loaded) => {};
    const { guard, props } = setup(() => new Promise<Loaded>((resolve) => (finishLoad = resolve)));
    const mounting = guard.mount(props);
    await guard.unmount();
    finishLoad(loaded(app));
    await mounting;
    expect(app.calls).toEqual([]);
    expect(slot.innerHTML).toBe('');
  });

  it('removes the fallback when unmounted', async () => {
    const { guard, props } = setup(unavailable);
    await guard.mount(props);
    await guard.unmount();
    expect(slot.innerHTML).toBe('');
  });
});
