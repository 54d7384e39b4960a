import type { Logger } from 'pino';
import type { EventEnvelope, EventLog } from '@tessera/log';
import { createProjection } from '@tessera/log';
import type { RegistryState } from '@tessera/registry';
import { applyDeployEvent, emptyRegistryState } from '@tessera/registry';
import type { DeployRecord } from './history.js';
import { recordOf } from './history.js';
import type { DeliveryMetrics } from './metrics.js';
import { deliveryMetrics } from './metrics.js';

/** The `deploys` stream folded twice: into the registry (as the edge serves it) and a history. */
export interface PlatformState {
  registry: RegistryState;
  records: readonly DeployRecord[];
}

export interface AppVersions {
  name: string;
  current: string;
  previous: string | null;
  canary: { version: string; percent: number } | null;
}

/** What `GET /platform.json` answers. */
export interface PlatformDocument {
  revision: number;
  apps: AppVersions[];
  /** Newest first, at most `historyLimit`; `historyTotal` counts them all. */
  history: DeployRecord[];
  historyTotal: number;
  metrics: DeliveryMetrics;
}

export interface PlatformSourceOptions {
  log: EventLog;
  logger: Logger;
  historyLimit?: number;
}

/** One fold step; an event the registry refuses is skipped from both, as the registry skips it. */
export function applyPlatformEvent(state: PlatformState, event: EventEnvelope): PlatformState {
  const registry = applyDeployEvent(state.registry, event);
  return { registry, records: [...state.records, recordOf(event)] };
}

function appsOf(state: RegistryState): AppVersions[] {
  return [...state.apps].map(([name, { entry }]) => ({
    name,
    current: entry.current.version,
    previous: entry.previous?.version ?? null,
    canary: entry.canary ? { version: entry.canary.version, percent: entry.canary.percent } : null,
  }));
}

export function platformDocument(
  state: PlatformState,
  options: { now: Date; windowDays: number; historyLimit: number },
): PlatformDocument {
  return {
    revision: state.registry.revision,
    apps: appsOf(state.registry),
    history: state.records.slice(-options.historyLimit).reverse(),
    historyTotal: state.records.length,
    metrics: deliveryMetrics(state.records, options),
  };
}

/** Follows the `deploys` stream, as the registry source does, for the platform page. */
export function createPlatformSource(options: PlatformSourceOptions) {
  const { log, logger, historyLimit = 100 } = options;
  const projection = createProjection<PlatformState>({
    log,
    stream: 'deploys',
    initial: () => ({ registry: emptyRegistryState(), records: [] }),
    apply: applyPlatformEvent,
    logger,
  });
  return {
    document: (now: Date, windowDays: number) =>
      platformDocument(projection.state, { now, windowDays, historyLimit }),
    start: () => projection.start(),
    stop: () => projection.stop(),
  };
}
