import { createRequire } from 'node:module';
import MiniCssExtractPlugin from 'mini-css-extract-plugin';

// Loaders are resolved from this package, so an MFE needs none of them in its own package.json.
const require = createRequire(import.meta.url);

/**
 * @typedef {object} RuleOptions
 * @property {'react' | 'vue' | 'none'} framework
 * @property {string} cssPrefix prefix of generated CSS-module class names, to keep MFEs apart
 * @property {boolean} production
 * @property {boolean} hot served by the dev server with HMR
 */

/**
 * TS/TSX through swc; with Vue, TS through esbuild-loader instead, because vue-loader hands the
 * `<script lang="ts">` blocks to whichever rule matches `.ts`.
 * @param {RuleOptions} options
 * @returns {import('webpack').RuleSetRule}
 */
function scriptRule({ framework, production, hot }) {
  if (framework === 'vue') {
    return {
      test: /\.[cm]?[jt]s$/,
      exclude: /node_modules/,
      loader: require.resolve('esbuild-loader'),
      options: { loader: 'ts', target: 'es2022' },
    };
  }
  return {
    test: /\.[cm]?[jt]sx?$/,
    exclude: /node_modules/,
    loader: require.resolve('swc-loader'),
    options: {
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', tsx: true },
        transform: {
          react: {
            runtime: 'automatic',
            development: !production,
            refresh: hot && framework === 'react',
          },
        },
      },
    },
  };
}

/**
 * CSS is always extracted to files (never inline `<style>`), so the edge can send
 * `style-src 'self'`. `*.module.css` are CSS modules; plain `.css` serves Vue's scoped blocks.
 * @param {RuleOptions} options
 * @returns {import('webpack').RuleSetRule[]}
 */
function styleRules({ cssPrefix, production }) {
  const extract = MiniCssExtractPlugin.loader;
  const css = require.resolve('css-loader');
  return [
    {
      test: /\.module\.css$/,
      use: [
        extract,
        {
          loader: css,
          options: {
            modules: {
              namedExport: false,
              exportLocalsConvention: 'camel-case-only',
              localIdentName: production
                ? `${cssPrefix}-[hash:base64:6]`
                : `${cssPrefix}-[name]-[local]`,
            },
          },
        },
      ],
    },
    { test: /\.css$/, exclude: /\.module\.css$/, use: [extract, css] },
  ];
}

/**
 * @param {RuleOptions} options
 * @returns {import('webpack').RuleSetRule[]}
 */
export function moduleRules(options) {
  const rules = [scriptRule(options), ...styleRules(options)];
  if (options.framework === 'vue') {
    rules.unshift({ test: /\.vue$/, loader: require.resolve('vue-loader') });
  }
  return rules;
}

/**
 * React Fast Refresh's plugin, required only under the dev server: loading it (and what it
 * imports) costs a production build ~0.1 s for a plugin it never applies.
 * @returns {import('webpack').WebpackPluginInstance}
 */
function reactRefreshPlugin() {
  /** @type {typeof import('@pmmmwh/react-refresh-webpack-plugin')} */
  const ReactRefreshPlugin = require('@pmmmwh/react-refresh-webpack-plugin');
  return new ReactRefreshPlugin({ overlay: false });
}

/**
 * React: Fast Refresh under the dev server, so an edited component updates in place.
 * Vue: vue-loader's plugin (clones the rules above for SFC blocks; its hot reload needs nothing
 * more) and the compile-time flags Vue's ESM build expects. The Options API stays on:
 * single-spa-vue passes props through `data`.
 * @param {{ framework: 'react' | 'vue' | 'none', production: boolean, hot: boolean }} options
 * @returns {import('webpack').WebpackPluginInstance[]}
 */
export function frameworkPlugins({ framework, production, hot }) {
  if (framework === 'react' && hot) return [reactRefreshPlugin()];
  if (framework !== 'vue') return [];
  const { VueLoaderPlugin } = require('vue-loader');
  return [
    new VueLoaderPlugin(),
    {
      apply(compiler) {
        new compiler.webpack.DefinePlugin({
          __VUE_OPTIONS_API__: 'true',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: String(!production),
        }).apply(compiler);
      },
    },
  ];
}
