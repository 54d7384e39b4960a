import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { withLock } from './lock.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tessera-lock-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the registry lock', () => {
  it('lets one read-modify-write run at a time, so no update is lost', async () => {
    const counter = join(dir, 'counter');
    await writeFile(counter, '0');
    const increment = () =>
      withLock(join(dir, 'counter.lock'), async () => {
        const value = Number(await readFile(counter, 'utf8'));
        await sleep(10); // Wide open for a lost update, were the lock not exclusive.
        await writeFile(counter, String(value + 1));
      });
    await Promise.all(Array.from({ length: 8 }, increment));
    expect(await readFile(counter, 'utf8')).toBe('8');
  });

  it('gives up with a clear error while another holder keeps it', async () => {
    const path = join(dir, 'held.lock');
    await writeFile(path, '1\n');
    await expect(withLock(path, async () => 'ran', { timeoutMs: 100 })).rejects.toMatchObject({
      code: 'DEPLOY_007',
      message: expect.stringContaining('delete that file'),
    });
  });

  it('is released when the work fails', async () => {
    const path = join(dir, 'fails.lock');
    await expect(withLock(path, async () => Promise.reject(new Error('boom')))).rejects.toThrow(
      'boom',
    );
    expect(await withLock(path, async () => 'again', { timeoutMs: 100 })).toBe('again');
  });
});
