import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { access, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
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
    expect(err).toEqual([
      'DEPLOY_012: --canary takes a whole percentage from 1 to 99, not "150". See: pnpm tessera deploy --help',
      'DEPLOY_012: "rollback" takes exactly one <app>. See: pnpm tessera rollback --help',
    ]);
  });

  it('names the options a command takes when given one it does not', async () => {
    expect(await cli('deploy', 'search', '--canry', '5')).toBe(2);
    expect(await cli('rollback', 'search', '--canary', '5')).toBe(2);
    expect(await cli('deploy', 'search', '--canary')).toBe(2);
    expect(await cli('status', 'search')).toBe(2);
    expect(err).toEqual([
      'DEPLOY_012: "deploy" has no option --canry; it takes --canary, --skip-build. See: pnpm tessera deploy --help',
      'DEPLOY_012: "rollback" has no option --canary; it takes no options. See: pnpm tessera rollback --help',
      'DEPLOY_012: --canary needs a value; it takes --canary, --skip-build. See: pnpm tessera deploy --help',
      'DEPLOY_012: "status" takes no arguments, not "search". See: pnpm tessera status --help',
    ]);
  });

  it('refuses a bad command line before opening the log', async () => {
    expect(await cli('rollback', 'search', '--force')).toBe(2);
    await expect(access(join(root, '.data/log.db'))).rejects.toThrow();
  });

  it('lists the commands for an unknown one, and prints usage to stderr with none', async () => {
    expect(await cli('deploy-everything')).toBe(2);
    expect(err).toEqual([
      'Unknown command "deploy-everything". Commands: deploy, verify, promote, rollback, status, history, publish. See: pnpm tessera help',
    ]);
    expect(await cli()).toBe(2);
    expect(err[1]).toContain('Usage: pnpm tessera <command>');
  });

  it("shows one command's help for `<command> --help` and `help <command>`", async () => {
    expect(await cli('deploy', '--help')).toBe(0);
    expect(await cli('help', 'rollback')).toBe(0);
    expect(await cli('help')).toBe(0);
    expect(out[0]).toMatch(
      /^Usage: pnpm tessera deploy <app> \[--canary PERCENT\] \[--skip-build\]/,
    );
    expect(out[0]).toContain('--skip-build      deploy the existing build');
    expect(out[1]).toMatch(/^Usage: pnpm tessera rollback <app>\n\nMakes <app>'s previous version/);
    expect(out[2]).toContain('Commands:');
  });

  it('says how to fix an unusable or unreachable event log instead of crashing', async () => {
    const withLog = (url: string, ...argv: string[]) =>
      runCli(argv, {
        env: { EVENT_LOG_URL: url },
        cwd: root,
        out: (l) => out.push(l),
        err: (l) => err.push(l),
      });
    expect(await withLog('foo:bar', 'status')).toBe(1);
    expect(err[0]).toMatch(/^DEPLOY_013: EVENT_LOG_URL is not usable: .*use memory:, sqlite:PATH/);
    expect(await withLog(`sqlite:${join(root, 'mfe-search/package.json/log.db')}`, 'status')).toBe(
      1,
    );
    expect(err[1]).toMatch(
      /^DEPLOY_013: Cannot open the event log sqlite:.*Set EVENT_LOG_URL to the log the edge uses/,
    );
  });

  it('says how to build an app whose build is missing', async () => {
    await rm(join(root, 'mfe-search/dist'), { recursive: true });
    expect(await cli('deploy', 'search', '--skip-build')).toBe(1);
    expect(err.join('\n')).toMatch(/^DEPLOY_002: .*Build it first: pnpm --filter mfe-search build/);
  });

  it('says when nothing is deployed yet and what to run', async () => {
    expect(await cli('status')).toBe(0);
    expect(out[0]).toBe('Nothing is deployed yet. Publish the built apps: pnpm tessera publish');
  });
});
