import { access } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DeployError } from './errors.js';

/** What a `webpack --mode <mode> --env <key>[=<value>]` command line asks of webpack-cli. */
export interface WebpackInvocation {
  mode?: string;
  env: Record<string, string | true>;
}

const MODES = new Set(['production', 'development', 'none']);
const CONFIG_FILES = ['webpack.config.js', 'webpack.config.mjs', 'webpack.config.cjs'];

/**
 * The invocation a script runs when it is a plain webpack-cli build with nothing but `--mode`
 * and `--env` flags; undefined for anything else (other flags, shell syntax, another tool).
 */
export function webpackInvocation(command: string): WebpackInvocation | undefined {
  const words = command.trim().split(/\s+/);
  if (words.shift() !== 'webpack') return undefined;
  if (words[0] === 'build') words.shift();
  const invocation: WebpackInvocation = { env: {} };
  while (words.length > 0) {
    const [flag, inline] = words.shift()!.split(/=(.*)/s, 2) as [string, string | undefined];
    const value = inline ?? words.shift();
    if (value === undefined || !/^[\w.-]+(=[\w.-]*)?$/.test(value)) return undefined;
    if (flag === '--mode' && MODES.has(value)) invocation.mode = value;
    else if (flag === '--env') {
      const [key, setting] = value.split('=', 2) as [string, string | undefined];
      invocation.env[key] = setting ?? true;
    } else return undefined;
  }
  return invocation;
}

/** The package's own webpack config file, as webpack-cli finds it; undefined when it has none. */
export async function findWebpackConfig(dir: string): Promise<string | undefined> {
  for (const name of CONFIG_FILES) {
    const file = join(dir, name);
    if (
      await access(file).then(
        () => true,
        () => false,
      )
    )
      return file;
  }
  return undefined;
}

type Configuration = { mode?: string } & Record<string, unknown>;
type ConfigExport = Configuration | Configuration[] | ((env: object, argv: object) => unknown);

/** The configurations webpack-cli would build: the export called as it calls it, `--mode` applied. */
async function loadConfigs(file: string, invocation: WebpackInvocation): Promise<Configuration[]> {
  const module = (await import(pathToFileURL(file).href)) as { default: ConfigExport };
  const env = { WEBPACK_BUNDLE: true, WEBPACK_BUILD: true, ...invocation.env };
  const exported = module.default;
  const made =
    typeof exported === 'function' ? await exported(env, { mode: invocation.mode, env }) : exported;
  const configs = (Array.isArray(made) ? made : [made]) as Configuration[];
  // Quiet like the spawned build was (its output showed only on failure); errors still come.
  const quiet = { infrastructureLogging: { level: 'error' } };
  return configs.map((config) => ({
    ...quiet,
    ...config,
    ...(invocation.mode && { mode: invocation.mode }),
  }));
}

interface Stats {
  hasErrors(): boolean;
  toString(preset: string): string;
}
interface Compiler {
  run(done: (error: Error | null, stats?: Stats) => void): void;
  close(done: (error?: Error | null) => void): void;
}
type Webpack = (configs: Configuration[]) => Compiler;

async function compile(build: InProcessBuild): Promise<Stats | undefined> {
  const webpack = createRequire(join(build.dir, 'package.json'))('webpack') as Webpack;
  const compiler = webpack(await loadConfigs(build.configFile, build.invocation));
  return new Promise<Stats | undefined>((resolve, reject) =>
    compiler.run((error, result) => (error ? reject(error) : resolve(result))),
  ).finally(() => new Promise((resolve) => compiler.close(resolve)));
}

export interface InProcessBuild {
  /** The package folder; webpack is the one it resolves, as its own bin would run. */
  dir: string;
  configFile: string;
  invocation: WebpackInvocation;
  /** The package name, for messages. */
  name: string;
  log: (line: string) => void;
}

/**
 * Runs the build webpack-cli would run for the invocation, in this process: no shell, no Node
 * start-up and no webpack-cli for the deploy to wait on. Errors are logged and thrown.
 */
export async function runWebpackInProcess(build: InProcessBuild): Promise<void> {
  const stats = await compile(build).catch((error: unknown) => {
    if (error instanceof DeployError) throw error;
    throw new DeployError(
      'DEPLOY_011',
      `${build.name} failed to build (webpack, ${build.configFile}): ${(error as Error).message}`,
      { cause: error },
    );
  });
  if (stats?.hasErrors()) {
    build.log(stats.toString('errors-only'));
    throw new DeployError(
      'DEPLOY_011',
      `${build.name} failed to build (webpack, ${build.configFile}); its errors are above. Fix the build and run the deploy again.`,
    );
  }
}
