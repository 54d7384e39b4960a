import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSqliteDriver } from './driver.js';

const worker = fileURLToPath(new URL('./fixtures/worker.ts', import.meta.url));
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

interface Worker {
  child: ChildProcessWithoutNullStreams;
  nextLine(): Promise<string>;
}

function start(...args: string[]): Worker {
  const child = spawn(process.execPath, ['--import', tsx, worker, ...args], { stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return {
    child,
    async nextLine() {
      const { value, done } = await lines.next();
      if (done) throw new Error(`worker ${args.join(' ')} ended early: ${stderr}`);
      return value;
    },
  };
}

describe('SQLite log shared by several processes', () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tessera-log-mp-'));
    path = join(dir, 'log.db');
    // Create the file and its tables once, before processes race to do it.
    void createSqliteDriver({ path }).close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lets two writer processes append while a third follows, with no gap and no loss', async () => {
    const perWriter = 400;
    const follower = start('follow', path, String(perWriter * 2));
    const writers = [
      start('write', path, 'a', String(perWriter)),
      start('write', path, 'b', String(perWriter)),
    ];
    for (const w of writers) expect(await w.nextLine()).toBe('done');
    const { keys, offsets } = JSON.parse(await follower.nextLine()) as {
      keys: string[];
      offsets: number[];
    };
    expect(offsets).toEqual(Array.from({ length: perWriter * 2 }, (_, i) => i + 1));
    for (const name of ['a', 'b']) {
      const mine = keys.filter((k) => k.startsWith(`${name}-`));
      expect(mine).toEqual(Array.from({ length: perWriter }, (_, i) => `${name}-${i}`));
    }
  });

  it('lets exactly one of two processes win each conditional append on the same head', async () => {
    const racers = [start('race', path), start('race', path)];
    const rounds = 25;
    for (let head = 0; head < rounds; head++) {
      for (const r of racers) r.child.stdin.write(`go ${head}\n`);
      const outcomes = await Promise.all(racers.map((r) => r.nextLine()));
      expect(outcomes.sort()).toEqual(['conflict', 'won']);
    }
    for (const r of racers) r.child.stdin.end();
    const driver = createSqliteDriver({ path });
    expect(await driver.head('deploys')).toBe(rounds);
    await driver.close();
  });
});
