import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

const SIBLINGS = ['.br', '.gz'] as const;

/** The app's other published versions: folders beside `versionDir`, without temp (dot) names. */
export async function otherVersionDirs(appDir: string, version: string): Promise<string[]> {
  const entries = await readdir(appDir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== version)
    .map((e) => join(appDir, e.name));
}

/**
 * Copies the compressed siblings of `file` from a published version that has the same file with
 * the same bytes (a chunk the deploy did not change, e.g. the framework chunk): compressing it
 * again at maximum quality would give the same bytes. Versions are immutable, so theirs are
 * complete. Returns how many it copied, or undefined when no version has that file.
 */
export async function copyPublishedSiblings(
  target: string,
  file: string,
  versionDirs: readonly string[],
): Promise<number | undefined> {
  const content = await readFile(target);
  for (const dir of versionDirs) {
    const published = await readFile(join(dir, file)).catch(() => undefined);
    if (!published?.equals(content)) continue;
    let copied = 0;
    for (const ext of SIBLINGS) {
      const from = join(dir, file + ext);
      if (
        await copyFile(from, target + ext).then(
          () => true,
          () => false,
        )
      )
        copied += 1;
    }
    return copied;
  }
  return undefined;
}
