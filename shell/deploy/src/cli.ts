import type { MountCheck } from './commands.js';
import type { MountCheckOptions } from './mount-check.js';
import { runCli } from './run-cli.js';

const env = process.env;

/** Loaded on first use: Playwright and the edge are heavy, and most commands never mount. */
const lazyMountCheck =
  (options: MountCheckOptions): MountCheck =>
  async (candidate) => {
    const { createMountCheck } = await import('./mount-check.js');
    return createMountCheck(options)(candidate);
  };

const code = await runCli(process.argv.slice(2), {
  env,
  cwd: process.cwd(),
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  mountCheck: ({ assetsDir, log }) =>
    lazyMountCheck({
      assetsDir,
      log,
      chromiumPath: env.CHROMIUM_PATH || '/usr/bin/chromium',
      bffUrls: {
        login: env.LOGIN_BFF_URL || 'http://127.0.0.1:7101',
        search: env.SEARCH_BFF_URL || 'http://127.0.0.1:7102',
        articles: env.ARTICLES_BFF_URL || 'http://127.0.0.1:7103',
      },
    }),
});
process.exitCode = code;
