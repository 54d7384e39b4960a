import type { MountCheck } from './commands.js';
import type { MountCheckOptions } from './mount-check.js';
import { runCli } from './run-cli.js';
import { DEFAULT_CHROMIUM_PATH } from './chromium.js';

const env = process.env;

/** Loaded on first use: Playwright and the edge are heavy, and most commands never mount. */
function lazyMountCheck(options: MountCheckOptions): MountCheck {
  let loading: Promise<MountCheck> | undefined;
  const load = () =>
    (loading ??= import('./mount-check.js').then((m) => m.createMountCheck(options)));
  const check: MountCheck = async (candidate) => (await load())(candidate);
  check.warmUp = () => {
    // A failed import surfaces when the check itself awaits it.
    load().then(
      (loaded) => loaded.warmUp?.(),
      () => undefined,
    );
  };
  check.close = async () => {
    if (loading) await (await loading).close?.();
  };
  return check;
}

const code = await runCli(process.argv.slice(2), {
  env,
  cwd: process.cwd(),
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  mountCheck: ({ assetsDir, log }) =>
    lazyMountCheck({
      assetsDir,
      log,
      chromiumPath: env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH,
      bffUrls: {
        login: env.LOGIN_BFF_URL || 'http://127.0.0.1:7101',
        search: env.SEARCH_BFF_URL || 'http://127.0.0.1:7102',
        articles: env.ARTICLES_BFF_URL || 'http://127.0.0.1:7103',
      },
    }),
});
process.exitCode = code;
