import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { access, mkdir, mkdtemp, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compiledCli } from './compile.mjs';
import { buildName, publishBuild, pruneBuilds, readCurrent } from './bundle-dir.mjs';

const MINUTE = 60_000;
let root: string;
let cacheDir: string;

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** A folder in the cache, last modified `minutes` after the epoch of the test. */
async function folder(name: string, minutes: number) {
  await mkdir(join(cacheDir, name), { recursive: true });
  const at = new Date(minutes * MINUTE);
  await utimes(join(cacheDir, name), at, at);
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'tessera-compile-'));
  cacheDir = join(root, 'cache');
  await mkdir(cacheDir);
});

afterEach(() => rm(root, { recursive: true, force: true }));

describe('pruneBuilds', () => {
  it('removes a build only once it has not been current for the keep time', async () => {
    await folder('cli-a', 0);
    await folder('cli-b', 5);
    await folder('cli-c', 20);
    const removed = await pruneBuilds(cacheDir, {
      current: 'cli-c',
      now: 26 * MINUTE,
      keepMs: 10 * MINUTE,
    });
    // a was superseded at minute 5 (21 min ago), b at minute 20 (6 min ago).
    expect(removed).toEqual(['cli-a']);
    expect((await readdir(cacheDir)).sort()).toEqual(['cli-b', 'cli-c']);
  });

  it('keeps the current build however old, and removes unfinished builds once old', async () => {
    await folder('cli-old-current', 0);
    await folder('tmp-1-crashed', 1);
    await folder('tmp-2-building', 59);
    const removed = await pruneBuilds(cacheDir, {
      current: 'cli-old-current',
      now: 60 * MINUTE,
      keepMs: 10 * MINUTE,
    });
    expect(removed).toEqual(['tmp-1-crashed']);
  });
});

describe('publishBuild', () => {
  it('names the build by its inputs and makes it current', async () => {
    const inputs = { '/src/cli.ts': 1 };
    await folder('tmp-x', 0);
    const dir = await publishBuild(cacheDir, join(cacheDir, 'tmp-x'), inputs);
    expect(dir).toBe(join(cacheDir, buildName(inputs)));
    expect(await readCurrent(cacheDir)).toEqual({ build: buildName(inputs), inputs });
    expect(buildName({ '/src/cli.ts': 2 })).not.toBe(buildName(inputs));
  });

  it('keeps a folder built from the same inputs already and drops the new copy', async () => {
    const inputs = { '/src/cli.ts': 1 };
    await folder(buildName(inputs), 0);
    await writeFile(join(cacheDir, buildName(inputs), 'cli.js'), 'first');
    await folder('tmp-y', 1);
    await writeFile(join(cacheDir, 'tmp-y', 'cli.js'), 'second');
    await publishBuild(cacheDir, join(cacheDir, 'tmp-y'), inputs);
    expect(await readdir(cacheDir)).toEqual([buildName(inputs), 'current.json'].sort());
    expect(await readFile(join(cacheDir, buildName(inputs), 'cli.js'), 'utf8')).toBe('first');
  });
});

describe('compiledCli', () => {
  let packageDir: string;
  const source = (name: string) => join(packageDir, 'src', name);

  /** Rewrites a source with a later mtime, as an edit does. */
  async function edit(name: string, text: string, minutes: number) {
    await writeFile(source(name), text);
    const at = new Date(Date.now() + minutes * MINUTE);
    await utimes(source(name), at, at);
  }

  beforeEach(async () => {
    packageDir = join(root, 'pkg');
    await mkdir(join(packageDir, 'src'), { recursive: true });
    await writeFile(source('cli.ts'), "export const says: string = 'one';\n");
    await writeFile(source('mount-worker.ts'), 'export const worker = 1;\n');
    await mkdir(join(packageDir, 'bin'));
    await writeFile(
      join(packageDir, 'bin', 'mount-worker-entry.mjs'),
      "await import('../src/mount-worker.ts');\n",
    );
  });

  it('builds into a folder of its own, reused until a source changes', async () => {
    const first = await compiledCli({ packageDir, cacheDir });
    const firstFile = fileURLToPath(first);
    expect(await readFile(firstFile, 'utf8')).toContain('one');
    expect(await exists(join(firstFile, '..', 'mount-worker.js'))).toBe(true);
    expect(await readFile(join(firstFile, '..', 'package.json'), 'utf8')).toContain('"module"');
    expect(await compiledCli({ packageDir, cacheDir })).toBe(first);

    await edit('cli.ts', "export const says: string = 'two';\n", 1);
    const second = await compiledCli({ packageDir, cacheDir });
    expect(second).not.toBe(first);
    expect(await readFile(fileURLToPath(second), 'utf8')).toContain('two');
    // A process started from the first build may still load its chunks.
    expect(await exists(firstFile)).toBe(true);
  });

  it('removes a build superseded longer ago than the keep time, on the next build', async () => {
    const first = fileURLToPath(await compiledCli({ packageDir, cacheDir }));
    await edit('cli.ts', "export const says: string = 'two';\n", 1);
    const second = fileURLToPath(await compiledCli({ packageDir, cacheDir }));
    // As if the first was built 30 minutes ago and the second replaced it 20 minutes ago.
    const ago = (minutes: number) => new Date(Date.now() - minutes * MINUTE);
    await utimes(join(first, '..'), ago(30), ago(30));
    await utimes(join(second, '..'), ago(20), ago(20));
    await edit('cli.ts', "export const says: string = 'three';\n", 2);
    const third = fileURLToPath(await compiledCli({ packageDir, cacheDir }));
    expect(await exists(first)).toBe(false);
    expect(await exists(second)).toBe(true);
    expect(await exists(third)).toBe(true);
  });
});
