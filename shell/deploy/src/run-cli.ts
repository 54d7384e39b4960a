import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isLogError, LogErrorCode, openEventLog } from '@tessera/log';
import type { EventLog } from '@tessera/log';
import type { CommandContext, MountCheck } from './commands.js';
import { deployCommand, verifyCommand } from './commands.js';
import {
  historyCommand,
  promoteCommand,
  rollbackCommand,
  statusCommand,
} from './registry-commands.js';
import { discoverMfes } from './descriptor.js';
import type { PublishSource } from './descriptor.js';
import { DeployError } from './errors.js';
import { publish } from './publish.js';
import { helpFor, parseCanary, parseInvocation, type Invocation } from './args.js';
import { COMMANDS, USAGE } from './usage.js';
import { findWorkspaceRoot } from './workspace.js';

export interface CliContext {
  env: Record<string, string | undefined>;
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
  /** The headless mount check for deploy and verify; left out, that check does not run. */
  mountCheck?: (options: { assetsDir: string; log: EventLog }) => MountCheck;
}

function pick(all: PublishSource[], name: string): PublishSource {
  const found = all.find((s) => s.tessera.app === name || s.name === name);
  if (!found) {
    const known = all.map((s) => `${s.tessera.app} (${s.name})`).join(', ') || 'none';
    throw new DeployError('DEPLOY_005', `No MFE is called "${name}". Known apps: ${known}.`);
  }
  return found;
}

function sqliteFromRoot(url: string, root: string) {
  if (!url.startsWith('sqlite:') || url.startsWith('sqlite:/')) return url;
  return `sqlite:${resolve(root, url.slice('sqlite:'.length))}`;
}

async function publishCommand(ctx: CommandContext, args: string[]) {
  const all = await discoverMfes(ctx.root);
  const withShell = args.length === 0 || args.includes('shell');
  const names = args.filter((name) => name !== 'shell');
  const apps = args.length === 0 ? all : names.map((name) => pick(all, name));
  ctx.out(
    `Publishing ${[...apps.map((s) => s.tessera.app), ...(withShell ? ['shell'] : [])].join(', ')} to ${ctx.assetsDir}`,
  );
  await publish({
    assetsDir: ctx.assetsDir,
    eventLog: ctx.log,
    actor: ctx.actor,
    apps,
    shellDistDir: withShell ? join(ctx.root, 'shell/app/dist') : undefined,
    log: ctx.out,
  });
}

async function dispatch(ctx: CommandContext, { command, positionals, values }: Invocation) {
  if (command === 'publish') return publishCommand(ctx, positionals);
  if (command === 'status') return statusCommand(ctx);
  const source = pick(await discoverMfes(ctx.root), positionals[0]!);
  const app = source.tessera.app;
  switch (command) {
    case 'deploy':
      return deployCommand(ctx, source, {
        canary: parseCanary(values.canary),
        skipBuild: values['skip-build'] ?? false,
      });
    case 'verify':
      return verifyCommand(ctx, source);
    case 'promote':
      return promoteCommand(ctx, app);
    case 'rollback':
      return rollbackCommand(ctx, app);
    case 'history':
      return historyCommand(ctx, app);
  }
}

async function openLog(url: string): Promise<EventLog> {
  try {
    return await openEventLog(url, { producer: 'tessera-cli' });
  } catch (error) {
    // Whatever the adapter throws (a LogError, a file system error), the fix is the same.
    if (isLogError(error, LogErrorCode.BadUrl)) {
      throw new DeployError('DEPLOY_013', `EVENT_LOG_URL is not usable: ${error.message}.`);
    }
    throw new DeployError(
      'DEPLOY_013',
      `Cannot open the event log ${url}: ${(error as Error).message}. Set EVENT_LOG_URL to the log the edge uses (pnpm start's default: sqlite:.data/log.db), and for NATS check that the server is up.`,
      { cause: error },
    );
  }
}

function report(error: unknown, err: (line: string) => void): number {
  if (error instanceof DeployError) {
    err(`${error.code}: ${error.message}`);
    return error.code === 'DEPLOY_012' ? 2 : 1;
  }
  if (isLogError(error)) {
    err(
      `DEPLOY_013: The event log failed: ${error.message}. Check that it is up, then run the command again.`,
    );
    return 1;
  }
  throw error;
}

/** Runs one CLI invocation; returns the process exit code. */
export async function runCli(argv: string[], context: CliContext): Promise<number> {
  const help = helpFor(argv);
  if (help) {
    context.out(help);
    return 0;
  }
  const [command, ...rest] = argv;
  if (command === undefined) {
    context.err(USAGE);
    return 2;
  }
  if (!COMMANDS[command]) {
    const known = Object.keys(COMMANDS).join(', ');
    context.err(`Unknown command "${command}". Commands: ${known}. See: pnpm tessera help`);
    return 2;
  }
  const started = performance.now();
  let log: EventLog | undefined;
  let mountCheck: MountCheck | undefined;
  try {
    const invocation = parseInvocation(command, rest);
    const root = await findWorkspaceRoot(context.cwd);
    const assetsDir = resolve(root, context.env.ASSETS_DIR || '.data/assets');
    log = await openLog(sqliteFromRoot(context.env.EVENT_LOG_URL || 'sqlite:.data/log.db', root));
    mountCheck = context.mountCheck?.({ assetsDir, log });
    const ctx: CommandContext = {
      root,
      assetsDir,
      log,
      actor: context.env.TESSERA_ACTOR || context.env.USER || 'tessera',
      out: context.out,
      mountCheck,
    };
    await dispatch(ctx, invocation);
    context.out(`Done in ${Math.round(performance.now() - started)} ms.`);
    return 0;
  } catch (error) {
    return report(error, context.err);
  } finally {
    await mountCheck?.close?.();
    await log?.close();
  }
}
