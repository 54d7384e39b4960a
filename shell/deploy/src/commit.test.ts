import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitOf } from './commit.js';

let root: string;
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' });

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'tessera-commit-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('the commit of an app folder', () => {
  it('is the last commit touching that folder, with its committer time', async () => {
    git('init', '-q');
    await mkdir(join(root, 'mfe-a'));
    await mkdir(join(root, 'mfe-b'));
    await writeFile(join(root, 'mfe-a/x'), 'a');
    const env = ['-c', 'user.name=t', '-c', 'user.email=t@example.com'];
    git(...env, 'add', '.');
    execFileSync('git', [...env, 'commit', '-q', '-m', 'a'], {
      cwd: root,
      env: { ...process.env, GIT_COMMITTER_DATE: '2026-11-20T10:00:00+01:00' },
    });
    await writeFile(join(root, 'mfe-b/y'), 'b');
    git(...env, 'add', '.');
    git(...env, 'commit', '-q', '-m', 'b');
    const first = git('rev-list', '--max-parents=0', 'HEAD').trim();

    expect(await commitOf(join(root, 'mfe-a'))).toEqual({
      sha: first,
      time: '2026-11-20T10:00:00+01:00',
    });
  });

  it('is null outside a git checkout', async () => {
    expect(await commitOf(root)).toBeNull();
  });
});
