import { createRemoteConfig } from '@tessera/webpack-config';

export default createRemoteConfig({
  dir: import.meta.dirname,
  exposes: { './app': './src/app.tsx' },
  standalone: { port: 3103, apiTarget: 'http://127.0.0.1:7103' },
});
