// The composed site's registry is the `deploys` stream of the shared log: these helpers read it
// as the edge folds it and write activations the way `tessera` does.
import type { EventLog, NewEvent } from '@tessera/log';
import type { Registry, RegistryApp, Release } from '@tessera/registry';
import { foldDeployEvents, registryOf } from '@tessera/registry';

export async function readRegistry(log: EventLog): Promise<{ head: number; registry: Registry }> {
  const events = await log.read('deploys', { limit: 100_000 });
  return { head: events.at(-1)?.offset ?? 0, registry: registryOf(foldDeployEvents(events)) };
}

/** `deploy.activated` making `release` current for `app`, with `entry`'s routes, nav and remote. */
export function deployEvent(
  app: string,
  entry: Pick<RegistryApp, 'remote' | 'framework' | 'routes' | 'slot' | 'nav' | 'parcels'>,
  release: Release,
): NewEvent {
  const { remote, framework, routes, slot, nav, parcels } = entry;
  return {
    type: 'deploy.activated',
    key: app,
    data: { app, ...release, remote, framework, routes, slot, nav, parcels, actor: 'e2e' },
  };
}
