import type { Loaded } from './app-source.js';
import type { ReportAppError } from './events.js';
import { createFallback, type Fallback } from './fallback.js';
import { createLifecycleRunner } from './lifecycle-runner.js';
import type { Lifecycles } from './lifecycles.js';
import type { Timers } from './timers.js';
import type { VersionBoard } from './versions.js';

export interface GuardOptions {
  /** Registry app name: footer entry, event detail, `name` prop. */
  app: string;
  /** What the fallback says is unavailable ("Search", "Account menu"). */
  label: string;
  load: () => Promise<Loaded>;
  mountTimeoutMs: number;
  timers: Timers;
  reportError: ReportAppError;
  versions: VersionBoard;
}

type Props = Record<string, unknown> & { domElement: HTMLElement };

/** One stay in the slot, from single-spa's mount to its unmount. */
interface Session {
  slot: HTMLElement;
  props: Props;
  live: boolean;
  running: boolean;
  inner?: { lifecycles: Lifecycles; props: Props; version: string; container: HTMLElement };
  fallback?: Fallback;
}

/**
 * single-spa lifecycles that stand between single-spa and a remote app or parcel: they load it,
 * bootstrap and mount it with timeouts inside their own container in the slot, and on any
 * failure show the fallback there instead of failing. single-spa therefore never marks the app
 * broken, navigation away and back tries again, and the fallback's Retry loads and mounts it.
 */
export function createGuardedLifecycles(options: GuardOptions) {
  const { app, timers } = options;
  const runner = createLifecycleRunner({ app, timeoutMs: options.mountTimeoutMs, timers });
  let session: Session | undefined;

  async function mountInner(current: Session, loaded: Loaded, container: HTMLElement) {
    const { lifecycles, version } = loaded;
    const props: Props = { ...current.props, name: app, domElement: container, version };
    try {
      await runner.mount(lifecycles, props);
    } catch (error) {
      options.reportError({ app, version, phase: 'mount', error });
      return false;
    }
    current.inner = { lifecycles, props, version, container };
    if (!current.live) {
      await unmountInner(current);
      return false;
    }
    options.versions.add(app, version);
    return true;
  }

  async function unmountInner(current: Session) {
    const inner = current.inner;
    if (!inner) return;
    current.inner = undefined;
    await runner.unmount(inner.lifecycles, inner.props);
  }

  function showFallback(current: Session) {
    if (current.fallback) {
      current.fallback.setBusy(false);
      return;
    }
    current.fallback = createFallback(current.slot.ownerDocument, {
      app,
      label: options.label,
      pageHeading: current.slot.tagName === 'MAIN',
      onRetry: () => void attempt(current),
    });
    current.slot.append(current.fallback.element);
  }

  async function attempt(current: Session) {
    if (!current.live || current.running) return;
    current.running = true;
    current.fallback?.setBusy(true);
    const container = current.slot.ownerDocument.createElement('div');
    container.className = 't-app';
    container.dataset.tesseraApp = app;
    current.slot.prepend(container);
    let mounted = false;
    try {
      const loaded = await options.load();
      mounted =
        current.live && (await runner.serial.run(() => mountInner(current, loaded, container)));
    } catch {
      // The source has reported each failed release already.
    }
    current.running = false;
    if (mounted) {
      current.fallback?.element.remove();
      current.fallback = undefined;
      return;
    }
    container.remove();
    if (current.live) showFallback(current);
  }

  return {
    async bootstrap() {},
    async mount(props: Props) {
      session = { slot: props.domElement, props, live: true, running: false };
      await attempt(session);
    },
    async unmount() {
      const current = session;
      if (!current) return;
      session = undefined;
      current.live = false;
      const inner = current.inner;
      await runner.serial.run(() => unmountInner(current));
      if (inner) options.versions.remove(app, inner.version);
      inner?.container.remove();
      current.fallback?.element.remove();
    },
  };
}
