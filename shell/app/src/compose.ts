import { appForPath } from '@tessera/registry/routes';
import { createAppSource, type AppSource } from './app-source.js';
import { singleSpaTimeouts } from './budget.js';
import type { ReportAppError } from './events.js';
import { labelFor } from './fallback.js';
import { createGuardedLifecycles } from './guarded.js';
import type { Layout } from './layout.js';
import { notFoundLifecycles } from './not-found.js';
import type { ShellOptions } from './options.js';
import type { PlannedApp } from './plan.js';
import { isPlatformPath, registerPlatformPage } from './platform/route.js';
import type { RemoteRuntime } from './remote-runtime.js';
import type { SingleSpaApi } from './single-spa-api.js';
import type { Timers } from './timers.js';
import type { VersionBoard } from './versions.js';

export interface ComposeOptions {
  apps: readonly PlannedApp[];
  layout: Layout;
  options: ShellOptions;
  runtime: RemoteRuntime;
  versions: VersionBoard;
  reportError: ReportAppError;
  singleSpa: SingleSpaApi;
  navigate: (url: string) => void;
  timers: Timers;
  random: () => number;
}

export const NOT_FOUND_APP = 'tessera:not-found';

/** Wires the registry into single-spa: one source per app, one application per app, the 404. */
export function createComposition(compose: ComposeOptions) {
  const { apps, layout, options, singleSpa, navigate } = compose;
  const byName = Object.fromEntries(apps.map((app) => [app.name, app]));
  // /platform is the shell's own page, whatever the registry says.
  const owner = (path: string) => (isPlatformPath(path) ? null : appForPath(byName, path));
  const sources = new Map<string, AppSource>(
    apps.map((app) => [
      app.name,
      createAppSource({
        app,
        runtime: compose.runtime,
        loadTimeoutMs: options.loadTimeoutMs,
        retry: options.retry,
        reportError: compose.reportError,
        timers: compose.timers,
        random: compose.random,
      }),
    ]),
  );

  function guarded(app: PlannedApp, expose: string, label: string) {
    return {
      ...createGuardedLifecycles({
        app: app.name,
        label,
        load: () => sources.get(app.name)!.load(expose),
        mountTimeoutMs: options.mountTimeoutMs,
        timers: compose.timers,
        reportError: compose.reportError,
        versions: compose.versions,
      }),
      timeouts: singleSpaTimeouts(options, app.releases.length),
    };
  }

  function slotOrWarn(name: string, owner: string): HTMLElement | null {
    const slot = layout.slot(name);
    if (!slot) console.error(`[tessera] ${owner} wants slot "${name}", which the layout lacks`);
    return slot;
  }

  return {
    registerApplications() {
      for (const app of apps) {
        const slot = slotOrWarn(app.slot, app.name);
        if (!slot) continue;
        singleSpa.registerApplication({
          name: app.name,
          app: async () => guarded(app, './app', labelFor(app.name)),
          activeWhen: (location) => owner(location.pathname) === app.name,
          customProps: { domElement: slot, navigate },
        });
      }
      singleSpa.registerApplication({
        name: NOT_FOUND_APP,
        app: async () => notFoundLifecycles(layout.main),
        activeWhen: (location) => owner(location.pathname) === undefined,
        customProps: {},
      });
      registerPlatformPage(singleSpa, layout.main);
    },
    /**
     * Header parcels stay for the whole visit; mounted once the route's app is in place, but
     * not on /platform, which loads no remote. Returns whether they were mounted.
     */
    mountParcels(pathname: string): boolean {
      if (isPlatformPath(pathname)) return false;
      for (const app of apps) {
        for (const [slotName, expose] of Object.entries(app.parcels)) {
          const slot = slotOrWarn(slotName, `${app.name} ${expose}`);
          if (!slot) continue;
          const config = {
            name: `${app.name}:${slotName}`,
            ...guarded(app, expose, labelFor(expose)),
          };
          singleSpa.mountRootParcel(config, { domElement: slot, navigate });
        }
      }
      return true;
    },
  };
}
