import { openEventLog, type EventLog } from '@tessera/log';
import { generate } from '../generate/generate.js';
import { seed } from '../seed.js';
import { parseAdminArgs, type AdminCommand } from './args.js';
import { USAGE, UsageError } from './usage.js';

export interface AdminOptions {
  /** Arguments after `pnpm admin`. */
  argv: string[];
  /** EVENT_LOG_URL, already read by the entry file. */
  logUrl: string;
  /** Runs the login BFF's admin command with these arguments; resolves to its exit code. */
  runLoginAdmin: (args: string[]) => Promise<number>;
  out: (line: string) => void;
  err: (line: string) => void;
  /** Default: openEventLog with producer "newsroom-admin". */
  openLog?: (url: string) => Promise<EventLog>;
}

const defaultOpen = (url: string) => openEventLog(url, { producer: 'newsroom-admin' });

async function withLog(options: AdminOptions, work: (log: EventLog) => Promise<void>) {
  const log = await (options.openLog ?? defaultOpen)(options.logUrl);
  try {
    await work(log);
  } finally {
    await log.close();
  }
}

async function execute(command: AdminCommand, options: AdminOptions): Promise<number> {
  const logger = { info: options.out };
  switch (command.name) {
    case 'help':
      options.out(USAGE);
      return 0;
    case 'login-admin':
      return options.runLoginAdmin(command.args);
    case 'seed':
      options.out(`event log: ${options.logUrl}`);
      await withLog(options, (log) => seed(log, { logger }).then(() => undefined));
      return 0;
    case 'generate':
      options.out(`event log: ${options.logUrl}`);
      await withLog(options, (log) =>
        generate(log, {
          articles: command.articles,
          seed: command.seed,
          batchSize: command.batchSize,
          logger,
        }).then(() => undefined),
      );
      return 0;
  }
}

/** `pnpm admin`: returns the exit code (0 ok, 1 failed, 2 usage error). */
export async function runAdmin(options: AdminOptions): Promise<number> {
  let command: AdminCommand;
  try {
    command = parseAdminArgs(options.argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    options.err(`pnpm admin: ${error.message}. Run "pnpm admin --help" for the commands.`);
    return 2;
  }
  try {
    return await execute(command, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    options.err(`pnpm admin ${command.name} failed: ${message}`);
    return 1;
  }
}
