import { createMountCheck } from './mount-check.js';
import { runCli } from './run-cli.js';

const env = process.env;

const code = await runCli(process.argv.slice(2), {
  env,
  cwd: process.cwd(),
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  mountCheck: ({ assetsDir, log }) =>
    createMountCheck({
      assetsDir,
      log,
      chromiumPath: env.CHROMIUM_PATH || undefined,
      bffUrls: {
        login: env.LOGIN_BFF_URL || 'http://127.0.0.1:7101',
        search: env.SEARCH_BFF_URL || 'http://127.0.0.1:7102',
        articles: env.ARTICLES_BFF_URL || 'http://127.0.0.1:7103',
      },
    }),
});
process.exitCode = code;
