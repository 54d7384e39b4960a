import { copyFile, mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { copyFileAtomic, tempBeside } from './atomic.js';
import { writeCompressedSiblings } from './compress.js';
import { DeployError } from './errors.js';
import { contentHash, isCompressible, listFiles, withoutSiblings } from './files.js';
import { copyPublishedSiblings, otherVersionDirs } from './reuse-siblings.js';

export interface CopyStats {
  files: number;
  compressed: number;
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/** Two files at a time: compression runs on libuv's pool, and the machine has 2 cores. */
const CONCURRENCY = 2;

async function eachLimited<T>(items: readonly T[], work: (item: T) => Promise<void>) {
  const queue = [...items];
  const worker = async () => {
    for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}

/** The compressed siblings of a copied text asset: reused from `published` versions, or made. */
async function siblingsOf(target: string, file: string, published: readonly string[]) {
  if (!isCompressible(file)) return 0;
  return (await copyPublishedSiblings(target, file, published)) ?? writeCompressedSiblings(target);
}

/**
 * Copies `files` from `from` to `to`, adding compressed siblings for text assets (copied from
 * one of the `published` version folders that has the same file).
 */
async function copyTree(
  from: string,
  to: string,
  files: readonly string[],
  published: readonly string[],
): Promise<CopyStats> {
  let compressed = 0;
  await eachLimited(files, async (file) => {
    const target = join(to, file);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(join(from, file), target);
    // Awaited before adding: `x += await y` would read x before the await and lose updates.
    const written = await siblingsOf(target, file, published);
    compressed += written;
  });
  return { files: files.length, compressed };
}

export interface VersionUpload {
  assetsDir: string;
  app: string;
  version: string;
  distDir: string;
  files: readonly string[];
  /** `contentHash` of `files` in `distDir`. */
  hash: string;
}

export type UploadResult = { status: 'published'; stats: CopyStats } | { status: 'unchanged' };

async function compareExisting(target: string, upload: VersionUpload): Promise<UploadResult> {
  const published = withoutSiblings(await listFiles(target));
  if ((await contentHash(target, published)) === upload.hash) return { status: 'unchanged' };
  throw new DeployError(
    'DEPLOY_001',
    `${upload.app} ${upload.version} is already published with different content in ${target}. ` +
      'Versions are immutable: change the package version or the build, never the published files.',
  );
}

/**
 * Puts a build at `<assetsDir>/<app>/<version>/`. The copy is assembled in a temp directory
 * and renamed into place, so the version appears complete or not at all.
 */
export async function uploadVersion(upload: VersionUpload): Promise<UploadResult> {
  const target = join(upload.assetsDir, upload.app, upload.version);
  if (await exists(target)) return compareExisting(target, upload);
  const temp = tempBeside(target);
  try {
    const published = await otherVersionDirs(dirname(target), upload.version);
    const stats = await copyTree(upload.distDir, temp, upload.files, published);
    await rename(temp, target);
    return { status: 'published', stats };
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    // Another publish of the same version won the race: fine if it is the same build.
    if (await exists(target)) return compareExisting(target, upload);
    throw error;
  }
}

const sameContent = async (a: string, b: string) => {
  const [left, right] = await Promise.all([readFile(a), readFile(b).catch(() => undefined)]);
  return right !== undefined && left.equals(right);
};

/**
 * Copies the shell's content-hashed files into `<assetsDir>/shell/`. Files already there
 * with the same content are skipped; old files stay, so open pages keep working.
 */
export async function uploadShellFiles(
  distDir: string,
  assetsDir: string,
  files: readonly string[],
): Promise<CopyStats> {
  let copied = 0;
  let compressed = 0;
  for (const file of files) {
    const target = join(assetsDir, 'shell', file);
    if (await sameContent(join(distDir, file), target)) continue;
    await copyFileAtomic(join(distDir, file), target);
    if (isCompressible(file)) compressed += await writeCompressedSiblings(target);
    copied += 1;
  }
  return { files: copied, compressed };
}
