import type { Registry, RegistryApp } from '@tessera/registry';

/** A registry app entry with sensible defaults, for tests. */
export function registryApp(name: string, overrides: Partial<RegistryApp> = {}): RegistryApp {
  return {
    remote: `tessera_${name}`,
    framework: 'react',
    routes: [`/${name}`],
    slot: 'main',
    nav: [],
    parcels: {},
    current: { version: '1.1.0+aaaaaa', manifest: `/assets/${name}/1.1.0+aaaaaa/mf-manifest.json` },
    previous: {
      version: '1.0.0+bbbbbb',
      manifest: `/assets/${name}/1.0.0+bbbbbb/mf-manifest.json`,
    },
    ...overrides,
  };
}

export function registryOf(apps: Record<string, RegistryApp>): Registry {
  return { revision: 1, apps };
}
