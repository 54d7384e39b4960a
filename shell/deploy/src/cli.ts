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
// Exits once the output is out instead of when the loop drains: Node's teardown of the heap a
// build leaves took 90-140 ms after the last line.
await new Promise((flushed) => process.stdout.write('', flushed));
await new Promise((flushed) => process.stderr.write('', flushed));
process.exit(code);
