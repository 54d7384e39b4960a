import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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
afterEach(() => rm(root, { recursive: true, force: true }));

describe('the tessera CLI', () => {
  it('publishes a named app into the workspace root, whatever directory it runs in', async () => {
    expect(await cli('publish', 'mfe-search')).toBe(0);
    const registry = JSON.parse(await readFile(join(root, '.data/registry.json'), 'utf8'));
    expect(registry.apps.search.current.version).toMatch(/^1\.0\.0\+/);
    expect(out.join('\n')).toMatch(/search .* published .* in \d+ ms/);
  });

  it('names the known apps when asked for an unknown one', async () => {
    expect(await cli('publish', 'nope')).toBe(1);
    expect(err.join('\n')).toBe('DEPLOY_005: No MFE is called "nope". Known apps: search, shell.');
  });

  it('says how to build the shell when its build is missing', async () => {
    expect(await cli('publish')).toBe(1);
    expect(err.join('\n')).toContain('pnpm --filter @tessera/shell-app build');
  });

  it('shows usage for an unknown command', async () => {
    expect(await cli('deploy-everything')).toBe(2);
    expect(err.join('\n')).toContain('Usage: pnpm tessera <command>');
  });
});
