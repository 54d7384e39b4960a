import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeFileAtomic } from './atomic.js';
import type { PublishSource } from './descriptor.js';
import { DeployError } from './errors.js';
import { contentHash, listFiles } from './files.js';
import type { SiblingJob, SiblingWriter } from './siblings.js';
import { uploadShellFiles, uploadVersion } from './store.js';

export const SHELL_HEAD_MARKER = '<!--tessera:head-->';
const HASH_LENGTH = 8;

export interface UploadedApp {
  app: string;
  version: string;
  status: 'published' | 'unchanged';
  /** Files copied (a published version). */
  files?: number;
  /** The compressed siblings being written: activate nothing before its `done`. */
  siblings: SiblingJob;
  /** The copy's time, without the siblings. */
  ms: number;
}

export const elapsed = (since: number) => Math.round(performance.now() - since);
export const isDir = (path: string) =>
  stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );

/** Copies the build as an immutable version; its compressed siblings are still being written. */
export async function publishApp(
  source: PublishSource,
  assetsDir: string,
  siblings: SiblingWriter,
): Promise<UploadedApp> {
  const started = performance.now();
  const { distDir, tessera } = source;
  const hasManifest = await stat(join(distDir, 'mf-manifest.json')).then(
    () => true,
    () => false,
  );
  if (!hasManifest) {
    throw new DeployError(
      'DEPLOY_002',
      `${source.name} has no build at ${distDir} (no mf-manifest.json). Build it first: pnpm --filter ${source.name} build`,
    );
  }
  const files = await listFiles(distDir, source.exclude);
  const hash = await contentHash(distDir, files);
  const version = `${source.version}+${hash.slice(0, HASH_LENGTH)}`;
  const result = await uploadVersion({
    assetsDir,
    app: tessera.app,
    version,
    distDir,
    files,
    hash,
    siblings,
  });
  return {
    app: tessera.app,
    version,
    status: result.status,
    files: result.status === 'published' ? result.files : undefined,
    siblings: result.siblings,
    ms: elapsed(started),
  };
}

export async function publishShell(distDir: string, assetsDir: string) {
  const started = performance.now();
  const template = await readFile(join(distDir, 'index.html'), 'utf8').catch(() => undefined);
  if (template === undefined) {
    throw new DeployError(
      'DEPLOY_002',
      `The shell has no build at ${distDir}. Build it first: pnpm --filter @tessera/shell-app build`,
    );
  }
  if (!template.includes(SHELL_HEAD_MARKER)) {
    throw new DeployError(
      'DEPLOY_006',
      `${join(distDir, 'index.html')} has no ${SHELL_HEAD_MARKER} marker in <head>; the edge needs it to inline the registry.`,
    );
  }
  const stats = await uploadShellFiles(
    distDir,
    assetsDir,
    await listFiles(distDir, ['index.html']),
  );
  // After the files it references, so the template never points at a missing script.
  await writeFileAtomic(join(assetsDir, 'shell.html'), template);
  return { ...stats, ms: elapsed(started) };
}
