import type { EventEnvelope, EventLog, NewEvent } from '@tessera/log';
import { isLogError, LogErrorCode } from '@tessera/log';
import type { Registry, RegistryApp, RegistryState } from '@tessera/registry';
import { applyDeployEvent, emptyRegistryState, registryOf } from '@tessera/registry';
import type { Commit } from './commit.js';
import type { TesseraBlock } from './descriptor.js';
import { DeployError } from './errors.js';

export const DEPLOYS_STREAM = 'deploys';
const PAGE = 1000;

export interface DeploysView {
  /** Head of the `deploys` stream when it was read: the expected head of the next append. */
  head: number;
  registry: Registry;
  state: RegistryState;
  events: EventEnvelope[];
}

/** Reads the whole `deploys` stream and folds it into the registry, as every edge does. */
export async function readDeploys(log: EventLog): Promise<DeploysView> {
  const events: EventEnvelope[] = [];
  for (;;) {
    const page = await log.read(DEPLOYS_STREAM, { after: events.at(-1)?.offset ?? 0, limit: PAGE });
    events.push(...page);
    if (page.length < PAGE) break;
  }
  let state = emptyRegistryState();
  for (const event of events) {
    try {
      state = applyDeployEvent(state, event);
    } catch {
      // The edges skip an event that does not fit; so does this view.
    }
  }
  const head = events.at(-1)?.offset ?? 0;
  return { head, registry: registryOf(state), state, events };
}

export const manifestUrl = (app: string, version: string) =>
  `/assets/${app}/${version}/mf-manifest.json`;

/**
 * `deploy.activated` for a version: it carries the whole registry entry, so the fold needs
 * nothing else, and the commit it was built from (null when unknown) for the lead time.
 */
export function activatedEvent(
  tessera: TesseraBlock,
  version: string,
  actor: string,
  commit: Commit | null = null,
): NewEvent {
  return {
    type: 'deploy.activated',
    key: tessera.app,
    data: {
      app: tessera.app,
      version,
      manifest: manifestUrl(tessera.app, version),
      remote: tessera.remote,
      framework: tessera.framework,
      routes: tessera.routes,
      slot: tessera.slot ?? 'main',
      nav: (tessera.nav ?? []).map((link) => ({ ...link, order: link.order ?? 100 })),
      parcels: tessera.parcels ?? {},
      actor,
      commit,
    },
  };
}

/**
 * Appends with the head that was read as the expected head: of two racing deploys exactly one
 * lands, the other gets DEPLOY_008 and changes nothing. Returns the new head.
 */
export async function appendDeploys(
  log: EventLog,
  events: NewEvent[],
  expectedHead: number,
): Promise<number> {
  try {
    const { offsets } = await log.append(DEPLOYS_STREAM, events, { expectedHead });
    return offsets.at(-1) ?? expectedHead;
  } catch (error) {
    if (isLogError(error, LogErrorCode.Conflict)) {
      throw new DeployError(
        'DEPLOY_008',
        `Another deploy won: the deploys stream moved past revision ${expectedHead} while this one ran, so nothing was changed. Run it again.`,
        { cause: error },
      );
    }
    throw error;
  }
}

/** The app's entry in the registry, or the error a command that needs one should give. */
export function liveEntry(view: DeploysView, app: string): RegistryApp {
  const entry = view.registry.apps[app];
  if (!entry) {
    throw new DeployError(
      'DEPLOY_010',
      `"${app}" has never been activated. Deploy it first: pnpm tessera deploy ${app}`,
    );
  }
  return entry;
}
