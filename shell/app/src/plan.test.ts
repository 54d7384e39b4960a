import { describe, expect, it } from 'vitest';
import { parseBucket } from './bucket.js';
import { chooseReleases, navLinks, planApps } from './plan.js';
import { registryApp, registryOf } from './testing/registry.js';

const canary = {
  version: '1.2.0+cccccc',
  manifest: '/assets/search/1.2.0+cccccc/mf-manifest.json',
};

describe('release choice', () => {
  it('tries current, then previous', () => {
    const releases = chooseReleases(registryApp('search'), undefined);
    expect(releases.map((r) => [r.kind, r.version])).toEqual([
      ['current', '1.1.0+aaaaaa'],
      ['previous', '1.0.0+bbbbbb'],
    ]);
  });

  it('tries only current when there is no previous', () => {
    const releases = chooseReleases(registryApp('search', { previous: undefined }), 5);
    expect(releases.map((r) => r.kind)).toEqual(['current']);
  });

  it('puts the canary first when the bucket is below its percentage', () => {
    const app = registryApp('search', { canary: { ...canary, percent: 10 } });
    expect(chooseReleases(app, 9).map((r) => r.kind)).toEqual(['canary', 'current', 'previous']);
    expect(chooseReleases(app, 0)[0]!.manifest).toBe(canary.manifest);
  });

  it('ignores the canary at or above its percentage, or without a bucket', () => {
    const app = registryApp('search', { canary: { ...canary, percent: 10 } });
    expect(chooseReleases(app, 10).map((r) => r.kind)).toEqual(['current', 'previous']);
    expect(chooseReleases(app, undefined).map((r) => r.kind)).toEqual(['current', 'previous']);
  });

  it('lists a version once even if two release slots name it', () => {
    const app = registryApp('search');
    const same = registryApp('search', { previous: app.current });
    expect(chooseReleases(same, undefined)).toHaveLength(1);
  });
});

describe('the canary bucket cookie', () => {
  it('reads tessera_bucket among other cookies', () => {
    expect(parseBucket('a=1; tessera_bucket=42; b=2')).toBe(42);
    expect(parseBucket('tessera_bucket=7')).toBe(7);
    expect(parseBucket('tessera_bucket=0')).toBe(0);
  });

  it('ignores a missing or malformed bucket', () => {
    expect(parseBucket('')).toBeUndefined();
    expect(parseBucket('my_tessera_bucket=4')).toBeUndefined();
    expect(parseBucket('tessera_bucket=abc')).toBeUndefined();
    expect(parseBucket('tessera_bucket=100')).toBeUndefined();
  });
});

describe('registry to apps and remotes', () => {
  const registry = registryOf({
    articles: registryApp('articles', {
      routes: ['/', '/articles/*'],
      nav: [{ label: 'Front page', href: '/', order: 10 }],
    }),
    search: registryApp('search', {
      nav: [{ label: 'Search', href: '/search', order: 5 }],
      parcels: { 'header-search': './search-box' },
      canary: { ...canary, percent: 50 },
    }),
  });

  it('plans one app per registry entry, with slot, routes, parcels and releases', () => {
    const [articles, search] = planApps(registry, 20);
    expect(articles).toMatchObject({
      name: 'articles',
      remote: 'tessera_articles',
      slot: 'main',
      routes: ['/', '/articles/*'],
      parcels: {},
    });
    expect(search!.parcels).toEqual({ 'header-search': './search-box' });
    expect(search!.releases[0]!.kind).toBe('canary');
  });

  it('defaults the slot, nav and parcels of an unvalidated entry', () => {
    const raw = registryApp('login');
    const { slot: _slot, nav: _nav, parcels: _parcels, ...bare } = raw;
    const [login] = planApps(registryOf({ login: bare as typeof raw }), undefined);
    expect(login).toMatchObject({ slot: 'main', nav: [], parcels: {} });
  });

  it('collects nav links of all apps ordered by order', () => {
    expect(navLinks(planApps(registry, undefined)).map((link) => link.label)).toEqual([
      'Search',
      'Front page',
    ]);
  });
});
