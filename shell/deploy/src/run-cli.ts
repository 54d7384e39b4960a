import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { discoverMfes } from './descriptor.js';
import type { PublishSource } from './descriptor.js';
import { DeployError } from './errors.js';
import { publish } from './publish.js';
import { findWorkspaceRoot } from './workspace.js';

export const USAGE = `Usage: pnpm tessera <command>

Commands:
  publish [app...]  Copy each build to ASSETS_DIR/<app>/<version>/ (immutable) and make it
                    current in REGISTRY_FILE. An app is a registry name (search), a package
                    name (mfe-search) or "shell". Default: every MFE and the shell.
  help              Show this help.

Environment:
  ASSETS_DIR     where published assets go (default .data/assets)
  REGISTRY_FILE  the registry the edge serves (default .data/registry.json)
Relative paths are taken from the workspace root.`;

export interface CliContext {
  env: Record<string, string | undefined>;
  cwd: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

function pick(all: PublishSource[], names: string[]): PublishSource[] {
  return names.map((name) => {
    const found = all.find((s) => s.tessera.app === name || s.name === name);
    if (!found) {
      const known = all.map((s) => s.tessera.app).join(', ') || 'none';
      throw new DeployError(
        'DEPLOY_005',
        `No MFE is called "${name}". Known apps: ${known}, shell.`,
      );
    }
    return found;
  });
}

async function publishCommand(args: string[], { env, cwd, out }: CliContext) {
  const started = performance.now();
  const root = await findWorkspaceRoot(cwd);
  const assetsDir = resolve(root, env.ASSETS_DIR || '.data/assets');
  const registryFile = resolve(root, env.REGISTRY_FILE || '.data/registry.json');
  const all = await discoverMfes(root);
  const names = args.filter((name) => name !== 'shell');
  const withShell = args.length === 0 || args.includes('shell');
  const apps = args.length === 0 ? all : pick(all, names);
  out(
    `Publishing ${[...apps.map((s) => s.tessera.app), ...(withShell ? ['shell'] : [])].join(', ')} to ${assetsDir}`,
  );
  await publish({
    assetsDir,
    registryFile,
    apps,
    shellDistDir: withShell ? join(root, 'shell/app/dist') : undefined,
    log: out,
  });
  out(`Done in ${Math.round(performance.now() - started)} ms.`);
}

/** Runs one CLI invocation; returns the process exit code. */
export async function runCli(argv: string[], context: CliContext): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    context.out(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'publish') {
    context.err(`Unknown command "${command}".\n\n${USAGE}`);
    return 2;
  }
  try {
    await publishCommand(args, context);
    return 0;
  } catch (error) {
    if (!(error instanceof DeployError)) throw error;
    context.err(`${error.code}: ${error.message}`);
    return 1;
  }
}
