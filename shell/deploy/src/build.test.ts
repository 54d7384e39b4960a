import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPackageScript } from './build.js';

let root: string;
let dir: string;
let logged: string[];

/** A bin in the package's own node_modules/.bin, as a package manager installs one. */
async function installBin(name: string, body: string) {
  const bin = join(dir, 'node_modules/.bin', name);
  await mkdir(join(dir, 'node_modules/.bin'), { recursive: true });
  await writeFile(bin, `#!/bin/sh\n${body}\n`);
  await chmod(bin, 0o755);
}

const run = (command: string) =>
  runPackageScript({
    root,
    dir,
    name: 'mfe-demo',
    script: { name: 'build:remote', command },
    log: (line) => logged.push(line),
  });

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'tessera-build-'));
  dir = join(root, 'mfe-demo');
  logged = [];
  await mkdir(dir, { recursive: true });
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('running a package script', () => {
  it("runs in the package folder with the package's bins on PATH", async () => {
    await installBin('fake-build', 'echo "built $1" > built.txt');
    await run('fake-build --remote');
    expect(await readFile(join(dir, 'built.txt'), 'utf8')).toBe('built --remote\n');
  });

  it('fails with the script named and its last output logged', async () => {
    await installBin('fake-build', 'echo "Module not found: ./app" >&2; exit 3');
    await expect(run('fake-build')).rejects.toMatchObject({
      code: 'DEPLOY_011',
      message: expect.stringContaining(
        `mfe-demo's "build:remote" script (fake-build) exited with 3`,
      ),
    });
    expect(logged.join('')).toContain('Module not found: ./app');
  });
});
