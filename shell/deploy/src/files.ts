import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';

// Source maps are left out: only devtools fetch them, and they are the costliest to compress.
const TEXT = new Set(['.js', '.mjs', '.cjs', '.css', '.json', '.html', '.svg', '.txt', '.xml']);
const SIBLINGS = ['.br', '.gz'] as const;

/** Text assets get precompressed `.br` and `.gz` siblings that the edge serves by Accept-Encoding. */
export function isCompressible(file: string): boolean {
  return TEXT.has(extname(file).toLowerCase());
}

/** True when `file` is one of `exclude`, or lies under one of its folders (entries ending in `/`). */
export function isExcluded(file: string, exclude: readonly string[]): boolean {
  return exclude.some((entry) => (entry.endsWith('/') ? file.startsWith(entry) : file === entry));
}

/**
 * Relative paths (with `/`) of every file under `dir` but those `exclude` names, sorted, so
 * hashes are stable.
 */
export async function listFiles(dir: string, exclude: readonly string[] = []): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(dir.length + 1)
        .split(sep)
        .join('/'),
    )
    .filter((file) => !isExcluded(file, exclude))
    .sort();
}

/** The build's own files in a published directory: everything but our compressed siblings. */
export function withoutSiblings(files: readonly string[]): string[] {
  const present = new Set(files);
  return files.filter((file) => {
    const sibling = SIBLINGS.find((ext) => file.endsWith(ext));
    if (!sibling) return true;
    const original = file.slice(0, -sibling.length);
    return !(present.has(original) && isCompressible(original));
  });
}

/** A hash of names and contents: equal hashes mean equal builds. */
export async function contentHash(dir: string, files: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files) {
    const digest = createHash('sha256')
      .update(await readFile(join(dir, file)))
      .digest('hex');
    hash.update(`${file}\0${digest}\n`);
  }
  return hash.digest('hex');
}
