import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import type { EventLog } from '@tessera/log';
import { createProjection } from '@tessera/log';
import type { Registry, RegistryState } from '@tessera/registry';
import {
  applyDeployEvent,
  emptyRegistryState,
  Registry as RegistrySchema,
  registryOf,
} from '@tessera/registry';

export interface ServedRegistry {
  registry: Registry;
  /** The document as served: normalised by the schema (defaults filled in), dev overrides applied. */
  json: string;
  /** Content hash of `json`, the base of the strong ETag. */
  hash: string;
}

export interface RegistrySourceOptions {
  /** The log holding the `deploys` stream. */
  log: EventLog;
  logger: Logger;
  /** Dev mode: app → dev-server origin whose `mf-manifest.json` replaces the published one. */
  devRemotes?: Record<string, string>;
}

export interface RegistrySource {
  /** The registry as of the newest applied deploy event, or undefined while nothing is deployed. */
  get(): Promise<ServedRegistry | undefined>;
  /** The registry without dev overrides and the head it is folded to; undefined while empty. */
  current(): { registry: Registry; revision: number } | undefined;
  /** Resolves once the stream is folded up to `revision`; rejects after `timeoutMs`. */
  waitFor(revision: number, options?: { timeoutMs?: number }): Promise<void>;
  /** Folds the stream so far (resolves when caught up), then follows it live. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export const DEPLOYS_STREAM = 'deploys';
export const DEV_VERSION = '0.0.0-dev+devserver';

function applyDevRemotes(registry: Registry, devRemotes: Record<string, string>): Registry {
  const apps = { ...registry.apps };
  for (const [name, origin] of Object.entries(devRemotes)) {
    const app = apps[name];
    if (!app) continue;
    const current = { version: DEV_VERSION, manifest: new URL('/mf-manifest.json', origin).href };
    apps[name] = { ...app, current, previous: undefined, canary: undefined };
  }
  return { ...registry, apps };
}

export function serve(registry: Registry): ServedRegistry {
  const json = JSON.stringify(registry);
  const hash = createHash('sha256').update(json).digest('base64url').slice(0, 22);
  return { registry, json, hash };
}

/**
 * The registry as the projection of the `deploys` stream: every edge replica folds the same
 * events into the same document, and `revision` is the stream head.
 */
export function createRegistrySource(options: RegistrySourceOptions): RegistrySource {
  const { log, logger, devRemotes = {} } = options;
  const projection = createProjection<RegistryState>({
    log,
    stream: DEPLOYS_STREAM,
    initial: emptyRegistryState,
    apply: applyDeployEvent,
    logger,
    onSkipped: ({ offset, error }) =>
      logger.error({ offset, err: error }, 'deploy event does not fit the registry; skipped'),
  });
  let cached: { state: RegistryState; served: ServedRegistry | undefined } | undefined;

  function build(state: RegistryState): ServedRegistry | undefined {
    if (state.apps.size === 0) return undefined;
    const registry = RegistrySchema.parse(registryOf(state));
    logger.info({ revision: registry.revision }, 'registry changed');
    return serve(applyDevRemotes(registry, devRemotes));
  }

  return {
    async get() {
      const state = projection.state;
      if (cached?.state !== state) cached = { state, served: build(state) };
      return cached.served;
    },
    current() {
      const state = projection.state;
      return state.apps.size === 0
        ? undefined
        : { registry: registryOf(state), revision: projection.offset };
    },
    waitFor: (revision, waitOptions) => projection.waitFor(revision, waitOptions),
    start: () => projection.start(),
    stop: () => projection.stop(),
  };
}
