import { mkdir, open, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DeployError } from './errors.js';

export interface LockOptions {
  /** Give up waiting after this long. */
  timeoutMs?: number;
  /** A lock older than this was left by a crashed process and is taken over. */
  staleMs?: number;
}

async function tryAcquire(path: string): Promise<boolean> {
  try {
    const handle = await open(path, 'wx');
    await handle.writeFile(`${process.pid}\n`);
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

async function isStale(path: string, staleMs: number): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  return info !== undefined && Date.now() - info.mtimeMs > staleMs;
}

/**
 * Runs `work` holding an exclusive lock file, so two publishes cannot both read the registry
 * and the second overwrite the first's change.
 */
export async function withLock<T>(
  path: string,
  work: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const { timeoutMs = 15_000, staleMs = 60_000 } = options;
  const deadline = Date.now() + timeoutMs;
  await mkdir(dirname(path), { recursive: true });
  while (!(await tryAcquire(path))) {
    if (await isStale(path, staleMs)) {
      await rm(path, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new DeployError(
        'DEPLOY_007',
        `Another publish holds ${path}. Wait for it to finish; if none is running, delete that file.`,
      );
    }
    await sleep(25 + Math.random() * 50);
  }
  try {
    return await work();
  } finally {
    await rm(path, { force: true });
  }
}
