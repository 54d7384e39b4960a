import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import MiniCssExtractPlugin from 'mini-css-extract-plugin';

const require = createRequire(import.meta.url);
const here = fileURLToPath(new URL('./standalone/', import.meta.url));

/** Sub-folder of the build holding the standalone page's own script and styles. */
export const STANDALONE_DIR = 'standalone';

/**
 * @typedef {object} StandaloneOptions
 * @property {string} dir package directory
 * @property {string} outDir the remote's build folder (the page lands at `<outDir>/standalone.html`)
 * @property {string} remote container name to load
 * @property {string} app registry app name (the `name` prop)
 * @property {string} version package version (the `version` prop)
 * @property {string[]} routes the app's route patterns; the first is the page's default route
 * @property {Record<string, string>} parcels layout slot → exposed parcel module
 * @property {boolean} production
 */

/**
 * A tiny host of its own, built separately from the remote: it provides the MF runtime core and
 * loads the remote through its `mf-manifest.json`, exactly as the shell does, then mounts the
 * app and its parcels into the same slots the shell has.
 * @param {StandaloneOptions} options
 * @returns {import('webpack').Configuration}
 */
export function standaloneConfig(options) {
  const { production } = options;
  const hashed = production ? '.[contenthash:8]' : '';
  const defaultRoute = (options.routes[0] ?? '/').replace(/\*$/, '');
  const page = {
    remote: options.remote,
    app: options.app,
    version: `${options.version}+standalone`,
    defaultRoute,
    parcels: options.parcels,
  };
  // Required here: a remote-only build (what a deploy runs) never makes this page.
  /** @type {typeof import('html-webpack-plugin')} */
  const HtmlWebpackPlugin = require('html-webpack-plugin');
  return {
    name: `${options.remote}-standalone`,
    mode: production ? 'production' : 'development',
    context: options.dir,
    entry: { standalone: join(here, 'host.js') },
    devtool: production ? false : 'source-map',
    output: {
      path: join(options.outDir, STANDALONE_DIR),
      publicPath: 'auto',
      filename: `[name]${hashed}.js`,
      clean: true,
    },
    module: {
      rules: [
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, require.resolve('css-loader')] },
      ],
    },
    plugins: [
      {
        apply(compiler) {
          new compiler.webpack.DefinePlugin({
            __TESSERA_STANDALONE__: JSON.stringify(page),
          }).apply(compiler);
        },
      },
      new MiniCssExtractPlugin({ filename: `[name]${hashed}.css` }),
      new HtmlWebpackPlugin({
        filename: '../standalone.html',
        template: join(here, 'standalone.html'),
        favicon: join(here, 'favicon.svg'),
        title: `${options.app} (standalone)`,
        // Relative URLs in the built page, so `dist/` works under any path prefix; the dev
        // server answers every deep link with this page, so there they must be absolute.
        publicPath: production ? 'auto' : `/${STANDALONE_DIR}/`,
        scriptLoading: 'defer',
        minify: false,
      }),
    ],
    performance: { hints: false },
    stats: production ? 'normal' : 'minimal',
  };
}
