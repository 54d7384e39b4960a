import { copyFile, mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { copyFileAtomic, isTemp, removeStaleTemps, tempBeside } from './atomic.js';
import { SIBLING_ENCODINGS, writeCompressedSiblings } from './compress.js';
import { DeployError } from './errors.js';
import { contentHash, isCompressible, listFiles, withoutSiblings } from './files.js';
import { createLimit } from './limit.js';
import { otherVersionDirs } from './reuse-siblings.js';
import { SIBLINGS_COMPLETE } from './siblings.js';
import type { SiblingJob, SiblingsDue, SiblingWriter } from './siblings.js';

export interface CopyStats {
  files: number;
  compressed: number;
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** Copies `files` from `from` to `to`, two at a time. */
async function copyTree(from: string, to: string, files: readonly string[]) {
  const limit = createLimit(2);
  await Promise.all(
    files.map((file) =>
      limit(async () => {
        const target = join(to, file);
        await mkdir(dirname(target), { recursive: true });
        await copyFile(join(from, file), target);
      }),
    ),
  );
}

export interface VersionUpload {
  assetsDir: string;
  app: string;
  version: string;
  distDir: string;
  files: readonly string[];
  /** `contentHash` of `files` in `distDir`. */
  hash: string;
  /** Writes the version's compressed siblings once it is in place. */
  siblings: SiblingWriter;
}

/** `siblings` is writing the compressed siblings the version lacks: await its `done` before activating. */
export type UploadResult =
  | { status: 'published'; files: number; siblings: SiblingJob }
  | { status: 'unchanged'; siblings: SiblingJob };

/** Ours, not the build's: a sibling being written (a temp name until renamed), the marker. */
const isOurs = (file: string) => isTemp(file) || file === SIBLINGS_COMPLETE;

/** Text files of a published version and the siblings each lacks. */
function missingSiblings(listed: readonly string[], files: readonly string[]): SiblingsDue['due'] {
  const present = new Set(listed);
  if (present.has(SIBLINGS_COMPLETE)) return [];
  return files
    .filter(isCompressible)
    .map((file) => ({
      file,
      encodings: SIBLING_ENCODINGS.filter((encoding) => !present.has(`${file}.${encoding}`)),
    }))
    .filter(({ encodings }) => encodings.length > 0);
}

async function compareExisting(target: string, upload: VersionUpload): Promise<UploadResult> {
  const listed = await listFiles(target);
  const files = withoutSiblings(listed.filter((file) => !isOurs(file)));
  if ((await contentHash(target, files)) !== upload.hash) {
    throw new DeployError(
      'DEPLOY_001',
      `${upload.app} ${upload.version} is already published with different content in ${target}. ` +
        'Versions are immutable: change the package version or the build, never the published files.',
    );
  }
  // A publish stopped before its siblings were written left them out (and maybe their temps).
  await removeStaleTemps(target, listed);
  const due = missingSiblings(listed, files);
  return { status: 'unchanged', siblings: upload.siblings.start({ versionDir: target, due }) };
}

/**
 * Puts a build at `<assetsDir>/<app>/<version>/`. The copy is assembled in a temp directory
 * and renamed into place, so the version appears complete or not at all; its compressed
 * siblings are written afterwards, in the background (the edge serves a file's identity
 * encoding until its sibling is in place).
 */
export async function uploadVersion(upload: VersionUpload): Promise<UploadResult> {
  const target = join(upload.assetsDir, upload.app, upload.version);
  // Folders of uploads killed before their rename.
  await removeStaleTemps(dirname(target));
  if (await exists(target)) return compareExisting(target, upload);
  const temp = tempBeside(target);
  try {
    await copyTree(upload.distDir, temp, upload.files);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    // Another publish of the same version won the race: fine if it is the same build.
    if (await exists(target)) return compareExisting(target, upload);
    throw error;
  }
  const due = upload.files
    .filter(isCompressible)
    .map((file) => ({ file, encodings: SIBLING_ENCODINGS }));
  const published = await otherVersionDirs(dirname(target), upload.version);
  const siblings = upload.siblings.start({ versionDir: target, due, published });
  return { status: 'published', files: upload.files.length, siblings };
}

const sameContent = async (a: string, b: string) => {
  const [left, right] = await Promise.all([readFile(a), readFile(b).catch(() => undefined)]);
  return right !== undefined && left.equals(right);
};

/**
 * Copies the shell's content-hashed files into `<assetsDir>/shell/`, each with its compressed
 * siblings before the template that references it. Files already there with the same content
 * are skipped; old files stay, so open pages keep working.
 */
export async function uploadShellFiles(
  distDir: string,
  assetsDir: string,
  files: readonly string[],
): Promise<CopyStats> {
  let copied = 0;
  let compressed = 0;
  const shellDir = join(assetsDir, 'shell');
  await removeStaleTemps(shellDir, await listFiles(shellDir).catch(() => []));
  for (const file of files) {
    const target = join(shellDir, file);
    if (await sameContent(join(distDir, file), target)) continue;
    await copyFileAtomic(join(distDir, file), target);
    if (isCompressible(file)) compressed += await writeCompressedSiblings(target);
    copied += 1;
  }
  return { files: copied, compressed };
}
