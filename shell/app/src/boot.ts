import type { AfterPaint } from './after-paint.js';
import { createBeacon, reportingErrors, reportingViews } from './beacon.js';
import { parseBucket } from './bucket.js';
import { createComposition } from './compose.js';
import { windowErrorReporter } from './events.js';
import { createFallback } from './fallback.js';
import { markCurrentNav, renderLayout, renderNav } from './layout.js';
import { routeShellLinks } from './links.js';
import { readShellOptions } from './options.js';
import { mountParcelsAfterMain } from './parcels-after-main.js';
import { navLinks, planApps } from './plan.js';
import { readRegistry, type FetchJson } from './registry-source.js';
import type { RemoteRuntime } from './remote-runtime.js';
import type { ShellSingleSpa } from './single-spa-api.js';
import type { Timers } from './timers.js';
import { createVersionBoard } from './versions.js';

export interface ShellDeps {
  win: Window;
  singleSpa: ShellSingleSpa;
  createRuntime(): RemoteRuntime;
  fetchJson: FetchJson;
  timers: Timers;
  random: () => number;
  /** Resolves once the route's app has been painted; the header parcels wait for it. */
  afterPaint: AfterPaint;
  /** Sends a canary report to the edge; left out, nothing is reported. */
  sendBeacon?: (body: string) => void;
}

/**
 * Starts the shell: layout first (so the frame paints), then the registry, then single-spa.
 * Nothing about the apps is known before the registry is read.
 */
export async function boot(deps: ShellDeps): Promise<void> {
  const { win, singleSpa } = deps;
  const doc = win.document;
  const layout = renderLayout(doc, doc.getElementById('tessera-root') ?? doc.body);
  const navigate = (url: string) => singleSpa.navigateToUrl(url);
  routeShellLinks(layout.root, navigate);

  let registry;
  try {
    registry = await readRegistry(doc, deps.fetchJson);
  } catch (error) {
    console.error('[tessera] the registry could not be read', error);
    const fallback = createFallback(doc, {
      app: 'shell',
      label: 'Tessera News',
      onRetry: () => win.location.reload(),
    });
    layout.main.replaceChildren(fallback.element);
    return;
  }

  const apps = planApps(registry, parseBucket(doc.cookie));
  const beacon = createBeacon({
    send: deps.sendBeacon ?? (() => undefined),
    watched: (app) => registry.apps[app]?.canary !== undefined,
  });
  renderNav(layout.nav, navLinks(apps));
  const composition = createComposition({
    apps,
    layout,
    options: readShellOptions(doc),
    runtime: deps.createRuntime(),
    versions: reportingViews(createVersionBoard(layout.versions), beacon),
    reportError: reportingErrors(windowErrorReporter(win), beacon),
    singleSpa,
    navigate,
    timers: deps.timers,
    random: deps.random,
  });
  composition.registerApplications();
  win.addEventListener('single-spa:routing-event', () =>
    markCurrentNav(layout.nav, win.location.pathname),
  );
  // Parcels (often other remotes) load after the route's content has painted, so start-up
  // fetches only the active route's remote.
  mountParcelsAfterMain({
    win,
    main: layout.main,
    mountParcels: (pathname) => composition.mountParcels(pathname),
    afterPaint: deps.afterPaint,
    timers: deps.timers,
  });
  singleSpa.start();
}
