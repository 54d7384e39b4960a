import { fileURLToPath } from 'node:url';
import webpack from 'webpack';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import MiniCssExtractPlugin from 'mini-css-extract-plugin';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

/** Asks for the shell script at high priority: nothing on the page starts before it runs. */
const shellScriptFirst = {
  apply(compiler) {
    compiler.hooks.compilation.tap('ShellScriptFirst', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap(
        'ShellScriptFirst',
        (data) => {
          for (const tag of data.headTags) {
            if (tag.tagName === 'script') tag.attributes.fetchpriority = 'high';
          }
          // Script before stylesheet: the script gates the whole page, the stylesheet only paint.
          data.headTags.sort(
            (a, b) => Number(b.tagName === 'script') - Number(a.tagName === 'script'),
          );
          return data;
        },
      );
    });
  },
};

/**
 * The shell is a plain bundle, not a federation container: it only consumes remotes through
 * the MF runtime, so it needs no ModuleFederationPlugin. The edge serves `dist/` at
 * `/assets/shell/` and uses `dist/index.html` as the page template.
 */
export default (_env, argv) => {
  const production = argv.mode !== 'development';
  return {
    mode: production ? 'production' : 'development',
    target: ['web', 'es2020'],
    entry: { shell: here('./src/index.ts') },
    output: {
      path: here('./dist'),
      publicPath: '/assets/shell/',
      filename: production ? '[name].[contenthash:10].js' : '[name].js',
      assetModuleFilename: '[name].[contenthash:10][ext]',
      clean: true,
    },
    // The built-in HTML minifier would strip the <!--tessera:head--> marker the edge needs.
    optimization: { minimizeOptions: { html: false } },
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    resolve: {
      extensions: ['.ts', '.js'],
      // Sources import './x.js' (TypeScript's ESM convention) for files that are './x.ts'.
      extensionAlias: { '.js': ['.ts', '.js'] },
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: { jsc: { parser: { syntax: 'typescript' }, target: 'es2020' } },
          },
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
        { test: /\.svg$/, type: 'asset/resource' },
      ],
    },
    plugins: [
      new webpack.DefinePlugin({
        // The MF runtime's switch for browser-only builds: drops its Node.js script loader.
        ENV_TARGET: JSON.stringify('web'),
        // The shell registers remotes by remoteEntry.js URL (read from the manifests the edge
        // inlines), so the runtime's manifest plugin and its preload planner are dead weight.
        FEDERATION_OPTIMIZE_NO_SNAPSHOT_PLUGIN: 'true',
      }),
      new MiniCssExtractPlugin({
        filename: production ? '[name].[contenthash:10].css' : '[name].css',
      }),
      shellScriptFirst,
      new HtmlWebpackPlugin({
        template: here('./src/index.html'),
        filename: 'index.html',
        // The template places the shell's tags itself: before the marker, so the shell script is
        // requested ahead of the route's preloads (which the edge puts at the marker).
        inject: false,
        scriptLoading: 'defer',
        // Unminified: the edge looks for the <!--tessera:head--> marker comment.
        minify: false,
      }),
    ],
    devServer: {
      port: Number(process.env.SHELL_DEV_PORT ?? 8090),
      historyApiFallback: { index: '/assets/shell/index.html' },
      devMiddleware: { publicPath: '/assets/shell/' },
    },
  };
};
