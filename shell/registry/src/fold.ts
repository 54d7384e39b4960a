import type { NavLink, Registry, RegistryApp, Release } from './schema.js';

/** A `deploy.*` event as the fold needs it: its stream offset, type and data (see bff/log schemas). */
export interface DeployEvent {
  offset: number;
  type: string;
  data: unknown;
}

interface ActivatedData {
  app: string;
  version: string;
  manifest: string;
  remote: string;
  framework: RegistryApp['framework'];
  routes: string[];
  slot?: string;
  nav?: NavLink[];
  parcels?: Record<string, string>;
}

interface AppHistory {
  entry: RegistryApp;
  /** Releases that were current before, oldest first; the last one is `previous`. */
  past: Release[];
}

/** The fold's state: the registry plus what rollbacks need beyond `previous`. */
export interface RegistryState {
  revision: number;
  apps: Map<string, AppHistory>;
}

export const emptyRegistryState = (): RegistryState => ({ revision: 0, apps: new Map() });

const releaseOf = (data: { version: string; manifest: string }): Release => ({
  version: data.version,
  manifest: data.manifest,
});

function withCurrent(history: AppHistory, current: Release, past: Release[]): AppHistory {
  const { canary: _ended, ...rest } = history.entry;
  return { entry: { ...rest, current, previous: past.at(-1) }, past };
}

function activated(old: AppHistory | undefined, data: ActivatedData): AppHistory {
  const current = releaseOf(data);
  const meta = {
    remote: data.remote,
    framework: data.framework,
    routes: data.routes,
    slot: data.slot ?? 'main',
    nav: data.nav ?? [],
    parcels: data.parcels ?? {},
  };
  if (!old) return { entry: { ...meta, current }, past: [] };
  if (old.entry.current.version === data.version) {
    return { entry: { ...old.entry, ...meta, current }, past: old.past };
  }
  const past = [...old.past.filter((r) => r.version !== data.version), old.entry.current];
  return withCurrent({ entry: { ...old.entry, ...meta }, past }, current, past);
}

function rolledBack(old: AppHistory, data: { fromVersion: string; toVersion: string }) {
  const target = old.past.at(-1);
  if (old.entry.current.version !== data.fromVersion || target?.version !== data.toVersion) {
    throw new Error(
      `rollback ${data.fromVersion} → ${data.toVersion} does not match current ${old.entry.current.version}`,
    );
  }
  return withCurrent(old, target, old.past.slice(0, -1));
}

function canaryPromoted(old: AppHistory, data: { version: string }): AppHistory {
  const canary = old.entry.canary;
  if (canary?.version !== data.version) throw new Error(`no canary ${data.version} to promote`);
  const past = [...old.past, old.entry.current];
  return withCurrent(old, releaseOf(canary), past);
}

interface EventData {
  app: string;
  version: string;
  manifest: string;
  fromVersion: string;
  toVersion: string;
  percent: number;
}

function nextApp(old: AppHistory | undefined, event: DeployEvent): AppHistory {
  if (event.type === 'deploy.activated') return activated(old, event.data as ActivatedData);
  const data = event.data as EventData;
  if (!old) throw new Error(`${event.type} for ${data.app}, which was never activated`);
  switch (event.type) {
    case 'deploy.rolled-back':
      return rolledBack(old, data);
    case 'deploy.canary-started':
      return {
        ...old,
        entry: { ...old.entry, canary: { ...releaseOf(data), percent: data.percent } },
      };
    case 'deploy.canary-promoted':
      return canaryPromoted(old, data);
    case 'deploy.canary-aborted': {
      if (old.entry.canary?.version !== data.version) return old;
      const { canary: _aborted, ...entry } = old.entry;
      return { ...old, entry };
    }
    default:
      throw new Error(`unknown deploy event type ${event.type}`);
  }
}

/**
 * Applies one `deploy.*` event. Pure: returns a new state; `revision` is the event's offset, so
 * the registry's revision is the head of the `deploys` stream. Throws on an event that does not
 * fit the state (the projection skips it and the revision still moves on).
 */
export function applyDeployEvent(state: RegistryState, event: DeployEvent): RegistryState {
  const app = (event.data as { app: string }).app;
  const apps = new Map(state.apps);
  apps.set(app, nextApp(state.apps.get(app), event));
  return { revision: event.offset, apps };
}

/** The registry document of a state (apps in first-activation order). */
export function registryOf(state: RegistryState): Registry {
  const apps: Record<string, RegistryApp> = {};
  for (const [name, history] of state.apps) apps[name] = history.entry;
  return { revision: state.revision, apps };
}

/** Folds a whole stream. */
export function foldDeployEvents(events: readonly DeployEvent[]): RegistryState {
  return events.reduce(applyDeployEvent, emptyRegistryState());
}
