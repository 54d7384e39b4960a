import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { copyFileAtomic } from './atomic.js';
import { SIBLING_ENCODINGS, type SiblingEncoding } from './compress.js';

/** The app's other published versions: folders beside `versionDir`, without temp (dot) names. */
export async function otherVersionDirs(appDir: string, version: string): Promise<string[]> {
  const entries = await readdir(appDir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== version)
    .map((e) => join(appDir, e.name));
}

const copied = (from: string, to: string) =>
  copyFileAtomic(from, to).then(
    () => true,
    () => false,
  );

/**
 * Copies the compressed siblings of `file` from a published version that has the same file with
 * the same bytes (a chunk the deploy did not change): compressing it again at maximum quality
 * would give the same bytes. Copied atomically, since `target`'s version may already be served.
 * Returns the encodings it copied (that version may lack some: a deploy stopped mid-way, or a
 * sibling that would not have been smaller), or undefined when no version has that file.
 */
export async function copyPublishedSiblings(
  target: string,
  file: string,
  versionDirs: readonly string[],
): Promise<SiblingEncoding[] | undefined> {
  const content = await readFile(target);
  for (const dir of versionDirs) {
    const published = await readFile(join(dir, file)).catch(() => undefined);
    if (!published?.equals(content)) continue;
    const encodings: SiblingEncoding[] = [];
    for (const encoding of SIBLING_ENCODINGS) {
      if (await copied(join(dir, `${file}.${encoding}`), `${target}.${encoding}`))
        encodings.push(encoding);
    }
    return encodings;
  }
  return undefined;
}
