import type { NavLink, Registry, RegistryApp, Release } from '@tessera/registry';

export type ReleaseKind = 'canary' | 'current' | 'previous';

export interface Candidate extends Release {
  kind: ReleaseKind;
}

/** One registry app as the shell uses it: where it goes and which releases to try, in order. */
export interface PlannedApp {
  name: string;
  remote: string;
  slot: string;
  routes: readonly string[];
  nav: readonly NavLink[];
  parcels: Readonly<Record<string, string>>;
  releases: readonly Candidate[];
}

/**
 * Releases to try, best first: the canary when the user's bucket falls inside its percentage,
 * then current, then previous (last known good). A version appears once.
 */
export function chooseReleases(app: RegistryApp, bucket: number | undefined): Candidate[] {
  const ordered: Candidate[] = [];
  if (app.canary && bucket !== undefined && bucket < app.canary.percent) {
    ordered.push({ kind: 'canary', version: app.canary.version, manifest: app.canary.manifest });
  }
  ordered.push({ kind: 'current', ...app.current });
  if (app.previous) ordered.push({ kind: 'previous', ...app.previous });
  return ordered.filter(
    (release, index) => ordered.findIndex((r) => r.version === release.version) === index,
  );
}

export function planApps(registry: Registry, bucket: number | undefined): PlannedApp[] {
  return Object.entries(registry.apps).map(([name, app]) => ({
    name,
    remote: app.remote,
    slot: app.slot ?? 'main',
    routes: app.routes,
    nav: app.nav ?? [],
    parcels: app.parcels ?? {},
    releases: chooseReleases(app, bucket),
  }));
}

/** Nav links of every app, by `order` (ties keep registry order). */
export function navLinks(apps: readonly PlannedApp[]): NavLink[] {
  return apps.flatMap((app) => app.nav).sort((a, b) => (a.order ?? 100) - (b.order ?? 100));
}
