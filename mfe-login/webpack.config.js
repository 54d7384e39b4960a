import { createRemoteConfig } from '@tessera/webpack-config';

export default createRemoteConfig({
  dir: import.meta.dirname,
  exposes: {
    './app': './src/app.ts',
    './account-menu': './src/parcels/account-menu.ts',
  },
  standalone: { port: 3101, apiTarget: 'http://127.0.0.1:7101' },
});
