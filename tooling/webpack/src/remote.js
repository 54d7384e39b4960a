import { join } from 'node:path';
import { ModuleFederationPlugin } from '@module-federation/enhanced/webpack';
import MiniCssExtractPlugin from 'mini-css-extract-plugin';
import { manifestOptions } from './manifest.js';
import { ReleaseChunkGlobalPlugin, releaseChunkLoadingGlobal } from './release-global.js';
import { frameworkPlugins, moduleRules } from './rules.js';
import { frameworkChunk, sharedSingletons } from './shared.js';

/**
 * @typedef {object} RemoteOptions
 * @property {string} dir package directory (webpack context)
 * @property {string} outDir where the build goes
 * @property {string} remote Module Federation container name
 * @property {string} cssPrefix prefix of CSS-module class names
 * @property {'react' | 'vue' | 'none'} framework
 * @property {Record<string, string>} exposes `./name` → source path relative to `dir`
 * @property {Record<string, string>} dependencies package.json `dependencies`
 * @property {boolean} production
 * @property {boolean} hot served by the dev server with HMR
 * @property {RegExp} [keep] files in `outDir` the clean step must leave alone
 */

/**
 * The Module Federation remote: `remoteEntry.js` + `mf-manifest.json` + content-hashed chunks,
 * built without its own copy of the MF runtime (the shell provides the runtime core).
 * @param {RemoteOptions} options
 * @returns {import('webpack').Configuration}
 */
export function remoteConfig(options) {
  const { dir, outDir, remote, framework, production, hot } = options;
  const hashed = production ? '.[contenthash:8]' : '';
  return {
    name: remote,
    mode: production ? 'production' : 'development',
    context: dir,
    // The container entry is added by the federation plugin; the remote has no page entry.
    entry: {},
    // `eval` source maps would need `unsafe-eval` under the edge's CSP, even in dev.
    devtool: production ? false : 'source-map',
    output: {
      path: outDir,
      publicPath: 'auto',
      uniqueName: remote,
      // Its own chunk array per release (see release-global.js); a dev server serves only one.
      ...(production && { chunkLoadingGlobal: releaseChunkLoadingGlobal(remote) }),
      filename: `[name]${hashed}.js`,
      chunkFilename: `[name]${hashed}.js`,
      assetModuleFilename: `assets/[name]${hashed}[ext]`,
      clean: options.keep ? { keep: options.keep } : true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.vue', '.json'],
      // The BFF contracts a remote bundles are TypeScript ESM: './x.js' means './x.ts'.
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
    },
    module: { rules: moduleRules({ framework, cssPrefix: options.cssPrefix, production, hot }) },
    plugins: [
      new ModuleFederationPlugin({
        name: remote,
        filename: 'remoteEntry.js',
        exposes: options.exposes,
        shared: sharedSingletons(framework, options.dependencies),
        manifest: manifestOptions(production),
        dts: false,
        experiments: { externalRuntime: true },
      }),
      new MiniCssExtractPlugin({
        filename: `[name]${hashed}.css`,
        chunkFilename: `[name]${hashed}.css`,
      }),
      ...frameworkPlugins({ framework, production, hot }),
      ...(production ? [new ReleaseChunkGlobalPlugin()] : []),
    ],
    optimization: { splitChunks: { cacheGroups: frameworkChunk(framework) } },
    performance: { hints: false },
    stats: production ? 'normal' : 'minimal',
  };
}

/** @param {string} dir */
export function defaultOutDir(dir) {
  return join(dir, 'dist');
}
