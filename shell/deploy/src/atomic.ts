import { randomUUID } from 'node:crypto';
import { copyFile, lstat, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const TEMP_PREFIX = '.tmp-';

/**
 * Far longer than any copy or compression takes: a temp this old was left by a process that
 * was killed half-way, not one still writing it.
 */
export const STALE_TEMP_MS = 10 * 60_000;

/** A temp name beside `target` (same filesystem, so rename is atomic); dot-named, so never served. */
export function tempBeside(target: string): string {
  return join(dirname(target), `${TEMP_PREFIX}${basename(target)}-${randomUUID()}`);
}

export const isTemp = (path: string) => basename(path).startsWith(TEMP_PREFIX);

/**
 * Removes the temps among `paths` (relative to `dir`; default: `dir`'s own entries) that have
 * not changed for STALE_TEMP_MS; returns how many it removed.
 */
export async function removeStaleTemps(
  dir: string,
  paths?: readonly string[],
  now = Date.now(),
): Promise<number> {
  const candidates = (paths ?? (await readdir(dir).catch(() => []))).filter(isTemp);
  const removed = await Promise.all(
    candidates.map(async (path) => {
      const info = await lstat(join(dir, path)).catch(() => undefined);
      if (!info || now - info.mtimeMs < STALE_TEMP_MS) return false;
      await rm(join(dir, path), { recursive: true, force: true });
      return true;
    }),
  );
  return removed.filter(Boolean).length;
}

/** Readers see the old file or the new one, never a partial write. */
export async function writeFileAtomic(target: string, content: string | Buffer): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const temp = tempBeside(target);
  try {
    await writeFile(temp, content);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export async function copyFileAtomic(source: string, target: string): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const temp = tempBeside(target);
  try {
    await copyFile(source, temp);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
