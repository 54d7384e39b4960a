// The monolith baseline: the three MFEs' `./app` modules and header parcels built as one
// ordinary webpack app (no Module Federation, no registry) with the loaders every remote uses
// (`tooling/webpack/src/rules.js`). Routes load their app with `import()` (the usual single-spa
// code split), so it is what a team would build instead of the composed site.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { frameworkPlugins, moduleRules } from '../../tooling/webpack/src/rules.js';

const repo = resolve(import.meta.dirname, '..', '..');
// The same plugin copies the loaders above were resolved with (the extract loader must match).
const tooling = createRequire(join(repo, 'tooling', 'webpack', 'package.json'));
const MiniCssExtractPlugin = tooling('mini-css-extract-plugin');
const HtmlWebpackPlugin = tooling('html-webpack-plugin');
const webpack = tooling('webpack');

const loginDir = join(repo, 'mfe-login');
/** @param {string} dir */
const tesseraOf = (dir) =>
  JSON.parse(readFileSync(join(repo, dir, 'package.json'), 'utf8')).tessera;

/** @type {() => import('webpack').Configuration} */
export default () => {
  const production = true;
  const [vueRule, esbuildRule] = moduleRules({
    framework: 'vue',
    cssPrefix: 'm',
    production,
    hot: false,
  });
  const [swcRule, ...styleRules] = moduleRules({
    framework: 'react',
    cssPrefix: 'm',
    production,
    hot: false,
  });
  const apps = ['mfe-articles', 'mfe-search', 'mfe-login'].map((dir) => tesseraOf(dir));
  const nav = apps.flatMap((app) => app.nav ?? []).sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  const routes = Object.fromEntries(apps.map((app) => [app.app, app.routes]));
  return {
    mode: 'production',
    target: ['web', 'es2020'],
    context: import.meta.dirname,
    entry: { main: './src/main.js' },
    output: {
      path: join(import.meta.dirname, 'dist'),
      publicPath: '/assets/shell/',
      filename: '[name].[contenthash:10].js',
      chunkFilename: '[name].[contenthash:10].js',
      assetModuleFilename: '[name].[contenthash:10][ext]',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.vue', '.json'],
      // The shell's sources import './x.js' for './x.ts'.
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
    },
    module: {
      rules: [
        vueRule,
        { ...esbuildRule, include: loginDir },
        { ...swcRule, exclude: [/node_modules/, loginDir] },
        ...styleRules,
        { test: /\.svg$/, type: 'asset/resource' },
      ],
    },
    plugins: [
      ...frameworkPlugins({ framework: 'vue', production, hot: false }),
      new webpack.DefinePlugin({ __MONOLITH__: JSON.stringify({ nav, routes }) }),
      new MiniCssExtractPlugin({
        filename: '[name].[contenthash:10].css',
        chunkFilename: '[name].[contenthash:10].css',
      }),
      new HtmlWebpackPlugin({
        template: './src/index.html',
        filename: 'index.html',
        inject: 'head',
        scriptLoading: 'defer',
        // The edge looks for the <!--tessera:head--> marker comment.
        minify: false,
      }),
    ],
    performance: { hints: false },
  };
};
