import { createRemoteConfig } from '@tessera/webpack-config';

const configs = createRemoteConfig({
  dir: import.meta.dirname,
  exposes: { './app': './src/app.tsx' },
  standalone: { port: 3103, apiTarget: 'http://127.0.0.1:7103' },
});

/**
 * `@tessera/bff-articles/contract` is TypeScript written for Node's ESM resolution: its modules
 * import each other as `./common.js`. Those names are resolved to the `.ts` files beside them.
 * @type {typeof configs}
 */
export default (env, argv) =>
  configs(env, argv).map((config) => ({
    ...config,
    resolve: { ...config.resolve, extensionAlias: { '.js': ['.ts', '.js'] } },
  }));
