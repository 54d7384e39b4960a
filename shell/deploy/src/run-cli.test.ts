import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { openEventLog } from '@tessera/log';
import { readDeploys } from './deploys.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.js';

let root: string;
let out: string[];
let err: string[];
const cli = (...argv: string[]) =>
  runCli(argv, {
    env: {},
    cwd: join(root, 'mfe-search'),
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'tessera-cli-'));
  out = [];
  err = [];
  await writeFile(join(root, 'pnpm-workspace.yaml'), 'packages: []\n');
  const tessera = {
    app: 'search',
    remote: 'tessera_search',
    framework: 'react',
    routes: ['/search'],
  };
  await mkdir(join(root, 'mfe-search/dist'), { recursive: true });
  await writeFile(
    join(root, 'mfe-search/package.json'),
    JSON.stringify({ name: 'mfe-search', version: '1.0.0', tessera }),
  );
  await writeFile(join(root, 'mfe-search/dist/mf-manifest.json'), '{}');
});

const manifest = (reactVersion: string) => ({
  name: 'tessera_search',
  metaData: { remoteEntry: { name: 'remoteEntry.js', path: '' } },
  shared: [{ name: 'react', version: reactVersion, requiredVersion: `^${reactVersion}` }],
  exposes: [{ name: 'app', path: './app', assets: { js: { sync: ['app.js'], async: [] } } }],
});

/** A new build of mfe-search: a valid manifest and a remoteEntry that differs per `tag`. */
async function build(tag: string, reactVersion = '19.3.1') {
  const dist = join(root, 'mfe-search/dist');
  await writeFile(join(dist, 'mf-manifest.json'), JSON.stringify(manifest(reactVersion)));
  await writeFile(join(dist, 'remoteEntry.js'), `/* ${tag} */`);
  await writeFile(join(dist, 'app.js'), 'export {};');
}

async function registry() {
  const log = await openEventLog(`sqlite:${join(root, '.data/log.db')}`, { producer: 'test' });
  try {
    return (await readDeploys(log)).registry;
  } finally {
    await log.close();
  }
}
afterEach(() => rm(root, { recursive: true, force: true }));

describe('the tessera CLI', () => {
  it('publishes a named app into the workspace root, whatever directory it runs in', async () => {
    expect(await cli('publish', 'mfe-search')).toBe(0);
    expect((await registry()).apps.search?.current.version).toMatch(/^1\.0\.0\+/);
    expect(out.join('\n')).toMatch(/search .* published .* in \d+ ms/);
  });

  it('names the known apps when asked for an unknown one', async () => {
    expect(await cli('publish', 'nope')).toBe(1);
    expect(err.join('\n')).toBe(
      'DEPLOY_005: No MFE is called "nope". Known apps: search (mfe-search).',
    );
  });

  it('says how to build the shell when its build is missing', async () => {
    expect(await cli('publish')).toBe(1);
    expect(err.join('\n')).toContain('pnpm --filter @tessera/shell-app build');
  });

  it('deploys a verified build, rolls it back, and lists the history', async () => {
    await build('one');
    expect(await cli('deploy', 'search', '--skip-build')).toBe(0);
    const first = (await registry()).apps.search!.current.version;
    await build('two');
    expect(await cli('deploy', 'mfe-search', '--skip-build')).toBe(0);
    expect(out.join('\n')).toMatch(/✓ verify \(\d+ ms\)/);
    const second = (await registry()).apps.search!;
    expect(second.previous?.version).toBe(first);

    expect(await cli('rollback', 'search')).toBe(0);
    expect((await registry()).apps.search).toMatchObject({ current: { version: first } });
    out = [];
    expect(await cli('history', 'search')).toBe(0);
    const lines = out.filter((l) => l.includes('deploy.'));
    expect(lines.map((l) => /deploy\.[a-z-]+/.exec(l)![0])).toEqual([
      'deploy.activated',
      'deploy.activated',
      'deploy.rolled-back',
    ]);
    expect(lines[2]).toContain(`${second.current.version} → ${first}`);
  });

  it('records the commit of the app folder in the activation, for the lead time', async () => {
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd: root,
      });
    git('init', '-q');
    git('add', 'mfe-search/package.json');
    git('commit', '-q', '-m', 'search');
    await build('v1');
    expect(await cli('deploy', 'search', '--skip-build')).toBe(0);
    const log = await openEventLog(`sqlite:${join(root, '.data/log.db')}`, { producer: 'test' });
    const [event] = await log.read('deploys').finally(() => log.close());
    expect(event?.data).toMatchObject({
      commit: { sha: execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root }).toString().trim() },
    });
  });

  it('refuses a build that fails a check, names the check and activates nothing', async () => {
    await build('v1');
    expect(await cli('deploy', 'search', '--skip-build')).toBe(0);
    await writeFile(join(root, 'mfe-search/dist/mf-manifest.json'), '{"name": "x"}');
    expect(await cli('deploy', 'search', '--skip-build')).toBe(1);
    expect(err.join('\n')).toMatch(/DEPLOY_009: search@1\.0\.0\+\w+ failed manifest/);
    expect((await registry()).apps.search?.previous).toBeUndefined();
  });

  it('starts a canary and promotes it', async () => {
    await build('v1');
    await cli('deploy', 'search', '--skip-build');
    await build('v2');
    expect(await cli('deploy', 'search', '--skip-build', '--canary', '50')).toBe(0);
    const canary = (await registry()).apps.search!.canary;
    expect(canary?.percent).toBe(50);
    expect(await cli('promote', 'search')).toBe(0);
    const after = (await registry()).apps.search!;
    expect(after.current.version).toBe(canary?.version);
    expect(after.canary).toBeUndefined();
  });

  it('explains what to do when there is nothing to roll back or promote', async () => {
    await build('v1');
    await cli('deploy', 'search', '--skip-build');
    expect(await cli('rollback', 'search')).toBe(1);
    expect(await cli('promote', 'search')).toBe(1);
    expect(err.join('\n')).toContain('DEPLOY_010: search has no previous version');
    expect(err.join('\n')).toContain('pnpm tessera deploy search --canary 10');
  });

  it('exits 2 with a hint on a bad canary percentage or a missing app', async () => {
    expect(await cli('deploy', 'search', '--canary', '150')).toBe(2);
    expect(await cli('rollback')).toBe(2);
    expect(err.join('\n')).toContain('--canary takes a whole percentage from 1 to 99');
    expect(err.join('\n')).toContain('"rollback" takes exactly one <app>');
  });

  it('shows usage for an unknown command', async () => {
    expect(await cli('deploy-everything')).toBe(2);
    expect(err.join('\n')).toContain('Usage: pnpm tessera <command>');
  });
});
