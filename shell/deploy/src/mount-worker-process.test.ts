import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MountRequest } from './mount-protocol.js';
import { startWorkerProcess } from './mount-worker-process.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-mount-worker-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const request = {} as MountRequest;

/** A worker that answers, then stays up whatever the CLI does, short of the signals it ignores. */
async function stubbornWorker(ignored: string[]) {
  const file = join(dir, `stubborn-${ignored.join('-') || 'none'}.mjs`);
  await writeFile(
    file,
    `for (const signal of ${JSON.stringify(ignored)}) process.on(signal, () => {});
process.on('disconnect', () => {});
setInterval(() => {}, 1000);
process.on('message', () => process.send({ errors: [], edgeMs: 0, pageMs: 0 }));`,
  );
  const worker = startWorkerProcess({
    file,
    execArgv: [],
    cwd: dir,
    start: { chromiumPath: 'unused' },
    graceMs: 200,
  });
  // Answering proves its handlers are in place before the CLI lets go of it.
  await worker.ask(request);
  return worker;
}

describe('stopping the mount check process', () => {
  it('sends SIGTERM to a process still there after the disconnect', async () => {
    const worker = await stubbornWorker([]);
    expect(await worker.stop()).toBe('exit SIGTERM');
  });

  it('kills a process that ignores SIGTERM too', async () => {
    const worker = await stubbornWorker(['SIGTERM']);
    expect(await worker.stop()).toBe('exit SIGKILL');
  });
});

describe('the mount worker', () => {
  it('exits by itself when the CLI disconnected while it was still loading', async () => {
    // A browser that never starts: a worker that misses the disconnect waits on its launch.
    const browser = join(dir, 'silent-browser.sh');
    await writeFile(browser, '#!/bin/sh\nexec sleep 60\n', { mode: 0o755 });
    const worker = startWorkerProcess({
      file: join(import.meta.dirname, 'mount-worker.ts'),
      execArgv: ['--import', 'tsx'],
      cwd: import.meta.dirname,
      start: { chromiumPath: browser },
      // Longer than its imports take on a busy box: what ends it is its own exit, not SIGTERM.
      graceMs: 15_000,
    });
    expect(await worker.stop()).toBe('exit 0');
  }, 45_000);

  it('exits by itself once it has answered and the CLI let go of it', async () => {
    const worker = startWorkerProcess({
      file: join(import.meta.dirname, 'mount-worker.ts'),
      execArgv: ['--import', 'tsx'],
      cwd: import.meta.dirname,
      start: { chromiumPath: '/nonexistent/chromium' },
    });
    worker.prepare({ kind: 'prepare', assetsDir: '/nonexistent', bffUrls: {}, deploys: [] });
    const reply = await worker.ask({
      kind: 'check',
      deploys: [],
      app: 'search',
      version: '1.0.0+abcdef12',
      path: '/search',
      timeoutMs: 1_000,
    });
    expect(reply).toMatchObject({ failure: expect.stringContaining('did not start') });
    worker.release();
    expect(await worker.exited).toBe('exit 0');
  });
});
