import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A temp name beside `target` (same filesystem, so rename is atomic); dot-named, so never served. */
export function tempBeside(target: string): string {
  return join(dirname(target), `.tmp-${basename(target)}-${randomUUID()}`);
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
