import { createRemoteConfig } from '@tessera/webpack-config';

const configs = createRemoteConfig({
  dir: import.meta.dirname,
  exposes: {
    './app': './src/app.ts',
    './account-menu': './src/parcels/account-menu.ts',
  },
  standalone: { port: 3101, apiTarget: 'http://127.0.0.1:7101' },
});

/**
 * The account menu runs on every route, React ones included, and must download no file of the
 * Vue app. Both parse with the login contract (zod), which chunk splitting would put in one file
 * shared by the two; without splitting, each carries its own copy.
 */
export default (env, argv) =>
  configs(env, argv).map((config, i) =>
    i === 0 ? { ...config, optimization: { ...config.optimization, splitChunks: false } } : config,
  );
