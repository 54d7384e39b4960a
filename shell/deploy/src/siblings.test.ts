import { afterEach, beforeEach, expect, it } from 'vitest';
import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSiblingWriter, SIBLINGS_COMPLETE, type CompressSibling } from './siblings.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-siblings-'));
  for (const name of ['a.js', 'b.js', 'c.js']) await writeFile(join(dir, name), 'x'.repeat(500));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );
const allDue = ['a.js', 'b.js', 'c.js'].map((file) => ({ file, encodings: ['gz' as const] }));

it('reports a job that cannot read a file as DEPLOY_014, naming the folder', async () => {
  const job = createSiblingWriter().start({
    versionDir: dir,
    due: [{ file: 'gone.js', encodings: ['br'] }],
  });
  await expect(job.done).rejects.toMatchObject({
    code: 'DEPLOY_014',
    message: expect.stringContaining(`Could not write the compressed siblings in ${dir}`),
  });
});

it('starts nothing more once cancelled, and leaves the version without its marker', async () => {
  const started: string[] = [];
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const compress: CompressSibling = async (file) => {
    started.push(file);
    await gate;
    return false;
  };
  const job = createSiblingWriter({ concurrency: 1, compress }).start({
    versionDir: dir,
    due: allDue,
  });
  while (started.length === 0) await new Promise((resolve) => setImmediate(resolve));
  const cancelled = job.cancel();
  release();
  await cancelled;
  expect(started).toHaveLength(1);
  expect(await exists(join(dir, SIBLINGS_COMPLETE))).toBe(false);
});
