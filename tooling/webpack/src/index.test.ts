import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRemoteConfig } from './index.js';
import { sharedSingletons } from './shared.js';

function packageDir(tessera: object, dependencies: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-webpack-'));
  const pkg = { name: 'mfe-demo', version: '1.2.3', dependencies, tessera };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg));
  return dir;
}

const react = { react: '19.3.1', 'react-dom': '19.3.1' };
const tessera = {
  app: 'demo',
  remote: 'tessera_demo',
  framework: 'react',
  routes: ['/demo/*'],
  parcels: { 'header-search': './box' },
};

/** The options the federation plugin was given. */
function federationOptions(config: { plugins?: unknown[] }) {
  const plugin = config.plugins?.find(
    (p) => (p as { constructor: { name: string } }).constructor.name === 'ModuleFederationPlugin',
  );
  return (plugin as { _options: Record<string, unknown> })._options;
}

describe('createRemoteConfig', () => {
  it('builds a runtime-less remote with a manifest, auto public path and hashed names', () => {
    const dir = packageDir(tessera, react);
    const [remote] = createRemoteConfig({ dir, exposes: { './app': './src/app.tsx' } })(
      {},
      { mode: 'production' },
    );
    expect(remote?.output).toMatchObject({
      path: join(dir, 'dist'),
      publicPath: 'auto',
      filename: '[name].[contenthash:8].js',
    });
    expect(federationOptions(remote!)).toMatchObject({
      name: 'tessera_demo',
      filename: 'remoteEntry.js',
      exposes: { './app': './src/app.tsx' },
      manifest: { fileName: 'mf-manifest.json' },
      experiments: { externalRuntime: true },
      shared: { react: { singleton: true, requiredVersion: '19.3.1' } },
    });
  });

  it('adds the standalone page and the dev server only when asked', () => {
    const dir = packageDir(tessera, react);
    const exposes = { './app': './src/app.tsx' };
    const standalone = { port: 3999, apiTarget: 'http://127.0.0.1:7999' };
    expect(createRemoteConfig({ dir, exposes })({}, { mode: 'production' })).toHaveLength(1);
    const [remote, page] = createRemoteConfig({ dir, exposes, standalone })(
      { WEBPACK_SERVE: true },
      { mode: 'development' },
    );
    expect(remote?.devServer).toMatchObject({ port: 3999, hot: true });
    expect(page?.output?.path).toBe(join(dir, 'dist', 'standalone'));
  });

  it('builds the remote alone under --env remoteOnly, as a deploy does', () => {
    const dir = packageDir(tessera, react);
    const standalone = { port: 3999 };
    const configs = createRemoteConfig({ dir, exposes: {}, standalone })(
      { remoteOnly: true },
      { mode: 'production' },
    );
    expect(configs.map((c) => c.name)).toEqual(['tessera_demo']);
    expect(configs[0]?.output?.clean).toEqual({ keep: /^standalone/ });
  });

  it('minifies JS with swc in the remote and the standalone page', () => {
    const dir = packageDir(tessera, react);
    const configs = createRemoteConfig({ dir, exposes: {}, standalone: { port: 3999 } })(
      {},
      { mode: 'production' },
    );
    const minifiers = configs.map((config) => {
      const [plugin] = config.optimization?.minimizer ?? [];
      return (plugin as unknown as { options: { minimizer: { implementation: { name: string } } } })
        .options.minimizer.implementation.name;
    });
    expect(minifiers).toEqual(['swcMinify', 'swcMinify']);
  });

  it('refuses a package without a tessera block', () => {
    const dir = packageDir(undefined as unknown as object);
    expect(() => createRemoteConfig({ dir, exposes: {} })).toThrow(/declare "tessera"/);
  });
});

describe('sharedSingletons', () => {
  it('shares the four React entry points at the pinned versions', () => {
    expect(Object.keys(sharedSingletons('react', react))).toEqual([
      'react',
      'react/jsx-runtime',
      'react-dom',
      'react-dom/client',
    ]);
    expect(sharedSingletons('vue', { vue: '^3.5.0' })).toEqual({
      vue: { singleton: true, requiredVersion: '^3.5.0' },
    });
    expect(sharedSingletons('none', {})).toEqual({});
  });

  it('names the missing dependency', () => {
    expect(() => sharedSingletons('vue', {})).toThrow(/"vue" must be a dependency/);
  });
});
