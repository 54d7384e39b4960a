import { createRemoteConfig } from '@tessera/webpack-config';

export default createRemoteConfig({
  dir: import.meta.dirname,
  exposes: {
    './app': './src/app.tsx',
    './search-box': './src/parcels/search-box.ts',
  },
  standalone: { port: 3102, apiTarget: 'http://127.0.0.1:7102' },
});
