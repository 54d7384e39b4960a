/** Entry of the `log` admin CLI: the only place it reads the environment. */
import { openEventLog } from '../open.js';
import { runCli } from './run.js';

const url = process.env.EVENT_LOG_URL;
const interrupted = new AbortController();
process.once('SIGINT', () => interrupted.abort());
process.once('SIGTERM', () => interrupted.abort());

process.exitCode = await runCli({
  argv: process.argv.slice(2),
  openLog: () => {
    if (!url)
      throw new Error('EVENT_LOG_URL is not set; e.g. EVENT_LOG_URL=sqlite:.data/log.db log stats');
    return openEventLog(url, { producer: 'log-cli' });
  },
  print: (line) => process.stdout.write(`${line}\n`),
  printError: (line) => process.stderr.write(`${line}\n`),
  signal: interrupted.signal,
});
