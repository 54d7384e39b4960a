// The part of @tessera/webpack-config (plain ESM with JSDoc, which this project's tsc does not
// read: no allowJs) the e2e support code calls.
declare module '@tessera/webpack-config' {
  import type { Configuration } from 'webpack';

  export function createRemoteConfig(options: {
    dir: string;
    exposes: Record<string, string>;
    tessera?: object;
    outDir?: string;
  }): (env: { remoteOnly?: boolean }, argv: { mode?: string }) => Configuration[];
}
