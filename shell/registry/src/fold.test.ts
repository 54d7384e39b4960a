import { describe, expect, it } from 'vitest';
import type { DeployEvent } from './fold.js';
import { foldDeployEvents, registryOf } from './fold.js';

const V1 = '1.0.0+aaaaaa1';
const V2 = '1.1.0+bbbbbb2';
const V3 = '1.2.0+cccccc3';
const manifest = (v: string) => `/assets/search/${v}/mf-manifest.json`;
const release = (version: string) => ({ version, manifest: manifest(version) });

let offset = 0;
function event(type: string, data: Record<string, unknown>): DeployEvent {
  offset += 1;
  return { offset, type, data: { app: 'search', actor: 'test', ...data } };
}
const activated = (version: string, routes = ['/search']) =>
  event('deploy.activated', {
    version,
    manifest: manifest(version),
    remote: 'tessera_search',
    framework: 'react',
    routes,
  });

describe('the registry fold', () => {
  it('makes each activation current, the one before previous, and the revision the offset', () => {
    offset = 0;
    const registry = registryOf(foldDeployEvents([activated(V1), activated(V2)]));
    expect(registry.revision).toBe(2);
    expect(registry.apps.search).toMatchObject({
      current: release(V2),
      previous: release(V1),
      slot: 'main',
      nav: [],
    });
  });

  it('takes routes and nav from the newest activation', () => {
    offset = 0;
    const registry = registryOf(foldDeployEvents([activated(V1), activated(V1, ['/find'])]));
    expect(registry.apps.search).toMatchObject({ routes: ['/find'], current: release(V1) });
    expect(registry.apps.search?.previous).toBeUndefined();
  });

  it('rolls back one step at a time through the earlier releases', () => {
    offset = 0;
    const events = [activated(V1), activated(V2), activated(V3)];
    events.push(event('deploy.rolled-back', { fromVersion: V3, toVersion: V2 }));
    let registry = registryOf(foldDeployEvents(events));
    expect(registry.apps.search).toMatchObject({ current: release(V2), previous: release(V1) });
    events.push(event('deploy.rolled-back', { fromVersion: V2, toVersion: V1 }));
    registry = registryOf(foldDeployEvents(events));
    expect(registry.apps.search?.current).toEqual(release(V1));
    expect(registry.apps.search?.previous).toBeUndefined();
  });

  it('refuses a rollback that does not match the current release', () => {
    offset = 0;
    expect(() =>
      foldDeployEvents([
        activated(V1),
        activated(V2),
        event('deploy.rolled-back', { fromVersion: V1, toVersion: V2 }),
      ]),
    ).toThrow(/does not match/);
  });

  it('starts, promotes and aborts canaries', () => {
    offset = 0;
    const started = [
      activated(V1),
      event('deploy.canary-started', { version: V2, manifest: manifest(V2), percent: 10 }),
    ];
    expect(registryOf(foldDeployEvents(started)).apps.search?.canary).toEqual({
      ...release(V2),
      percent: 10,
    });
    const promoted = registryOf(
      foldDeployEvents([...started, event('deploy.canary-promoted', { version: V2 })]),
    );
    expect(promoted.apps.search).toMatchObject({ current: release(V2), previous: release(V1) });
    expect(promoted.apps.search?.canary).toBeUndefined();
    const aborted = registryOf(
      foldDeployEvents([...started, event('deploy.canary-aborted', { version: V2 })]),
    );
    expect(aborted.apps.search).toMatchObject({ current: release(V1) });
    expect(aborted.apps.search?.canary).toBeUndefined();
  });

  it('ends a canary when another version is activated', () => {
    offset = 0;
    const registry = registryOf(
      foldDeployEvents([
        activated(V1),
        event('deploy.canary-started', { version: V2, manifest: manifest(V2), percent: 50 }),
        activated(V3),
      ]),
    );
    expect(registry.apps.search?.canary).toBeUndefined();
    expect(registry.apps.search?.current).toEqual(release(V3));
  });

  it('refuses events for an app that was never activated', () => {
    offset = 0;
    expect(() => foldDeployEvents([event('deploy.canary-promoted', { version: V1 })])).toThrow(
      /never activated/,
    );
  });
});
