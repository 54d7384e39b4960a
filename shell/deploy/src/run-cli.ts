import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { openEventLog } from '@tessera/log';
import type { EventLog } from '@tessera/log';
import type { CommandContext, MountCheck } from './commands.js';
import {
  deployCommand,
  historyCommand,
  promoteCommand,
  rollbackCommand,
  statusCommand,
  verifyCommand,
} from './commands.js';
import { discoverMfes } from './descriptor.js';
import type { PublishSource } from './descriptor.js';
import { DeployError } from './errors.js';
import { publish } from './publish.js';
import { findWorkspaceRoot } from './workspace.js';

export const USAGE = `Usage: pnpm tessera <command> [options]

Deploy one micro frontend without touching the shell or the others. <app> is the
registry name (search) or the package name (mfe-search).

Commands:
  deploy <app> [--canary PERCENT] [--skip-build]
                    Build, upload to ASSETS_DIR/<app>/<version>/ (immutable), verify, and
                    activate it (or start it as a canary for PERCENT% of browsers, 1-99).
  verify <app>      Upload the existing build and run every check; activates nothing.
  promote <app>     Make the app's canary current for everyone.
  rollback <app>    Make the previous version current again (no build).
  status            Every app's current, previous and canary versions.
  history <app>     The app's deploy events, oldest first.
  publish [app...]  Upload and activate existing builds without checks (first start, e2e);
                    "shell" publishes the shell. Default: every MFE and the shell.
  help              Show this help.

Checks (nothing is activated unless all pass): the manifest parses; it exposes ./app;
react, react-dom and vue have the same major as the live apps (both ways); remoteEntry
plus ./app's JS and CSS fit the app's "budgetKb" (gzip); it mounts in the real shell
in a headless browser with no console errors.

Environment:
  ASSETS_DIR     where versions are uploaded (default .data/assets)
  EVENT_LOG_URL  the event log whose deploys stream is the registry (default
                 sqlite:.data/log.db, the one the edge and the BFFs use)
  TESSERA_ACTOR  who deploys, recorded in each event (default $USER)
Relative paths are taken from the workspace root.`;

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

function usageError(message: string): never {
  throw new DeployError('DEPLOY_012', `${message} See: pnpm tessera help`);
}

function parseCanary(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const percent = Number(value);
  if (!Number.isInteger(percent) || percent < 1 || percent > 99) {
    usageError(`--canary takes a whole percentage from 1 to 99, not "${value}".`);
  }
  return percent;
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

async function dispatch(ctx: CommandContext, command: string, rest: string[]) {
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { canary: { type: 'string' }, 'skip-build': { type: 'boolean' } },
  });
  if (command === 'publish') return publishCommand(ctx, positionals);
  if (command === 'status') return statusCommand(ctx);
  const [name, ...extra] = positionals;
  if (name === undefined || extra.length > 0) usageError(`"${command}" takes exactly one <app>.`);
  const source = pick(await discoverMfes(ctx.root), name);
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

const COMMANDS = ['deploy', 'verify', 'promote', 'rollback', 'status', 'history', 'publish'];

/** Runs one CLI invocation; returns the process exit code. */
export async function runCli(argv: string[], context: CliContext): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    context.out(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (!COMMANDS.includes(command)) {
    context.err(`Unknown command "${command}".\n\n${USAGE}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    context.out(USAGE);
    return 0;
  }
  const started = performance.now();
  const root = await findWorkspaceRoot(context.cwd);
  const assetsDir = resolve(root, context.env.ASSETS_DIR || '.data/assets');
  const url = sqliteFromRoot(context.env.EVENT_LOG_URL || 'sqlite:.data/log.db', root);
  let log: EventLog | undefined;
  try {
    log = await openEventLog(url, { producer: 'tessera-cli' });
    const ctx: CommandContext = {
      root,
      assetsDir,
      log,
      actor: context.env.TESSERA_ACTOR || context.env.USER || 'tessera',
      out: context.out,
      mountCheck: context.mountCheck?.({ assetsDir, log }),
    };
    await dispatch(ctx, command, rest);
    context.out(`Done in ${Math.round(performance.now() - started)} ms.`);
    return 0;
  } catch (error) {
    if (error instanceof DeployError) {
      context.err(`${error.code}: ${error.message}`);
      return error.code === 'DEPLOY_012' ? 2 : 1;
    }
    if (
      error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS')
    ) {
      context.err(`${error.message}. See: pnpm tessera help`);
      return 2;
    }
    throw error;
  } finally {
    await log?.close();
  }
}
