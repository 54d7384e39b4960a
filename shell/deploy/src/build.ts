import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { PackageScript } from './descriptor.js';
import { DeployError } from './errors.js';
import { findWebpackConfig, runWebpackInProcess, webpackInvocation } from './webpack-build.js';

const shellQuote = (text: string) => `'${text.replaceAll("'", `'\\''`)}'`;

export interface RunScriptOptions {
  /** The workspace root: its `node_modules/.bin` comes second on PATH. */
  root: string;
  /** The package folder the script runs in. */
  dir: string;
  /** The package name, for messages. */
  name: string;
  script: PackageScript;
  /** Gets the script's last output when it fails. */
  log: (line: string) => void;
}

/**
 * Runs a package script as `pnpm run` does (a shell in the package folder, the package's and
 * the workspace's `node_modules/.bin` first on PATH) without pnpm's own second of start-up.
 */
export function runPackageScript(options: RunScriptOptions): Promise<void> {
  const { root, dir, name, script, log } = options;
  const bins = [join(dir, 'node_modules/.bin'), join(root, 'node_modules/.bin')];
  const line = `PATH=${bins.map(shellQuote).join(':')}:"$PATH"; ${script.command}`;
  return new Promise((resolve, reject) => {
    const child = spawn('sh', ['-c', line], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    const keep = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-2000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) =>
      reject(new DeployError('DEPLOY_011', `Cannot start sh: ${error.message}`, { cause: error })),
    );
    child.on('close', (code) => {
      if (code === 0) return resolve();
      log(tail);
      reject(
        new DeployError(
          'DEPLOY_011',
          `${name}'s "${script.name}" script (${script.command}) exited with ${code}; its output is above. Fix the build and run the deploy again.`,
        ),
      );
    });
  });
}

/**
 * Builds a package with its script; a plain `webpack --mode … --env …` script runs in this
 * process (the same config, env and mode webpack-cli would use) to save its start-up.
 */
export async function buildPackage(options: RunScriptOptions): Promise<void> {
  const invocation = webpackInvocation(options.script.command);
  const configFile = invocation && (await findWebpackConfig(options.dir));
  if (!invocation || !configFile) return runPackageScript(options);
  return runWebpackInProcess({ ...options, configFile, invocation });
}
