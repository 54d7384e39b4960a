import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findWebpackConfig, runWebpackInProcess, webpackInvocation } from './webpack-build.js';

describe('recognising a plain webpack-cli build', () => {
  it('reads --mode and --env, in either spelling', () => {
    expect(webpackInvocation('webpack --mode production --env remoteOnly')).toEqual({
      mode: 'production',
      env: { remoteOnly: true },
    });
    expect(webpackInvocation('webpack build --mode=development --env target=es2022')).toEqual({
      mode: 'development',
      env: { target: 'es2022' },
    });
    expect(webpackInvocation('webpack')).toEqual({ env: {} });
  });

  it('leaves anything else to the script itself', () => {
    for (const command of [
      'webpack --mode production --watch',
      'webpack --mode',
      'webpack --mode fast',
      'webpack --env "a b"',
      'webpack --mode production && cp x y',
      'webpack serve',
      'vite build',
    ]) {
      expect(webpackInvocation(command), command).toBeUndefined();
    }
  });
});

/** webpack as this checkout installs it (a dependency of @tessera/webpack-config). */
const webpackDir = dirname(
  createRequire(join(import.meta.dirname, '../../../tooling/webpack/package.json')).resolve(
    'webpack/package.json',
  ),
);

let dir: string;
let logged: string[];

/** A package with webpack installed, one source file, and a config that records env and mode. */
async function makePackage(entry: string) {
  await mkdir(join(dir, 'node_modules'), { recursive: true });
  await symlink(webpackDir, join(dir, 'node_modules/webpack'));
  await writeFile(join(dir, 'package.json'), '{"name":"demo","type":"module"}');
  await mkdir(join(dir, 'src'));
  await writeFile(join(dir, 'src/index.js'), '/* a comment */ export const answer = 42;\n');
  await writeFile(
    join(dir, 'webpack.config.js'),
    `export default (env, argv) => ({
      context: import.meta.dirname,
      entry: '${entry}',
      output: { path: import.meta.dirname + '/dist', filename: (env.remoteOnly ? 'remote-' : 'all-') + argv.mode + '.js' },
    });\n`,
  );
}

const build = async (command: string) =>
  runWebpackInProcess({
    dir,
    configFile: (await findWebpackConfig(dir))!,
    invocation: webpackInvocation(command)!,
    name: 'demo',
    log: (line) => logged.push(line),
  });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-webpack-build-'));
  logged = [];
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('building in process', () => {
  it('calls the config as webpack-cli does and applies the mode', async () => {
    await makePackage('./src/index.js');
    await build('webpack --mode production --env remoteOnly');
    expect(await readdir(join(dir, 'dist'))).toEqual(['remote-production.js']);
    const output = await readFile(join(dir, 'dist/remote-production.js'), 'utf8');
    expect(output).not.toContain('a comment');
  }, 30_000);

  it('fails with the errors logged when the build has errors', async () => {
    await makePackage('./src/missing.js');
    await expect(build('webpack --mode production')).rejects.toMatchObject({
      code: 'DEPLOY_011',
      message: expect.stringContaining('demo failed to build'),
    });
    expect(logged.join('\n')).toContain("Can't resolve './src/missing.js'");
  }, 30_000);

  it('finds no config in a package without one', async () => {
    expect(await findWebpackConfig(dir)).toBeUndefined();
  });
});
