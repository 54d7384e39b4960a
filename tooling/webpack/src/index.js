import { defaultOutDir, remoteConfig } from './remote.js';
import { readPackageInfo } from './package-info.js';
import { STANDALONE_DIR, standaloneConfig } from './standalone.js';
import { devServerConfig } from './dev-server.js';
import { withSwcMinify } from './minify.js';
import { pinFederationWebpack } from './federation-webpack.js';
import { deferDtsPlugin } from './defer-dts.js';

/**
 * @typedef {object} StandaloneSetup
 * @property {number} port dev-server port
 * @property {string} [apiTarget] BFF URL the dev server proxies `/api` to
 */

/**
 * @typedef {object} CreateRemoteOptions
 * @property {string} dir package directory (pass `import.meta.dirname`)
 * @property {Record<string, string>} exposes `./name` → source path relative to `dir`
 * @property {string} [remote] container name; default: package.json `tessera.remote`
 * @property {'react' | 'vue' | 'none'} [framework] default: package.json `tessera.framework`
 * @property {string} [outDir] default: `<dir>/dist`
 * @property {StandaloneSetup | false} [standalone] build the standalone page and dev server
 * @property {import('./package-info.js').TesseraBlock} [tessera] descriptor used instead of
 *   package.json's `"tessera"` block (the e2e fixtures keep theirs in `fixture.json`)
 */

/**
 * @typedef {{ WEBPACK_SERVE?: boolean, remoteOnly?: boolean }} CliEnv webpack-cli sets
 *   `WEBPACK_SERVE` under `webpack serve`; `--env remoteOnly` builds the remote alone (what a
 *   deploy ships), leaving any standalone page in the build folder as it was
 * @typedef {{ mode?: string }} CliArgv
 * @typedef {(env: CliEnv, argv: CliArgv) => import('webpack').Configuration[]} ConfigFactory
 */

/**
 * The one webpack config of every Tessera remote: the MF remote, and optionally its standalone
 * page (a separate compilation) and dev server. Returns what webpack-cli accepts as a config
 * module's default export; `--mode` picks production or development.
 * @param {CreateRemoteOptions} options
 * @returns {ConfigFactory}
 */
export function createRemoteConfig(options) {
  const pkg = readPackageInfo(options.dir);
  const tessera = options.tessera ?? pkg.tessera;
  const remote = options.remote ?? tessera?.remote;
  const framework = options.framework ?? tessera?.framework;
  if (!tessera || !remote || !framework) {
    throw new Error(
      `${pkg.name}: declare "tessera" (app, remote, framework, routes) in package.json.`,
    );
  }
  const outDir = options.outDir ?? defaultOutDir(options.dir);
  const { standalone = false } = options;
  pinFederationWebpack(options.dir);
  deferDtsPlugin();

  return (env, argv) => {
    const production = argv.mode !== 'development';
    const hot = Boolean(env?.WEBPACK_SERVE) && !production;
    const remoteBuild = withSwcMinify(
      remoteConfig({
        dir: options.dir,
        outDir,
        remote,
        cssPrefix: tessera.app,
        framework,
        exposes: options.exposes,
        dependencies: pkg.dependencies,
        production,
        hot,
        keep: standalone ? new RegExp(`^${STANDALONE_DIR}`) : undefined,
      }),
    );
    if (!standalone || env?.remoteOnly) return [remoteBuild];
    // webpack-cli starts one dev server per config that has `devServer`: the remote's serves both.
    remoteBuild.devServer = devServerConfig(standalone);
    const page = withSwcMinify(
      standaloneConfig({
        dir: options.dir,
        outDir,
        remote,
        app: tessera.app,
        version: pkg.version,
        routes: tessera.routes,
        parcels: tessera.parcels ?? {},
        production,
      }),
    );
    return [remoteBuild, page];
  };
}
