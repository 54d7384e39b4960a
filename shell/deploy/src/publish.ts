import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { PublishSource } from './descriptor.js';
import { DeployError } from './errors.js';
import { contentHash, listFiles } from './files.js';
import { nextRegistry, readRegistryFile, writeRegistryFile } from './registry-file.js';
import type { Activation } from './registry-file.js';
import { uploadShellFiles, uploadVersion } from './store.js';
import type { CopyStats } from './store.js';
import { writeFileAtomic } from './atomic.js';
import { withLock } from './lock.js';

export const SHELL_HEAD_MARKER = '<!--tessera:head-->';
const HASH_LENGTH = 8;

export interface PublishOptions {
  assetsDir: string;
  registryFile: string;
  apps: readonly PublishSource[];
  /** The shell build (`shell/app/dist`); leave out to publish apps only. */
  shellDistDir?: string;
  /** Progress lines; defaults to silence. */
  log?: (line: string) => void;
}

export interface AppReport {
  app: string;
  version: string;
  status: 'published' | 'unchanged';
  stats?: CopyStats;
  ms: number;
}

export interface PublishReport {
  apps: AppReport[];
  shell?: CopyStats & { ms: number };
  registry: { revision: number; changed: boolean; ms: number };
}

const elapsed = (since: number) => Math.round(performance.now() - since);
const isDir = (path: string) =>
  stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );

async function publishApp(source: PublishSource, assetsDir: string): Promise<AppReport> {
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
  });
  const stats = result.status === 'published' ? result.stats : undefined;
  return { app: tessera.app, version, status: result.status, stats, ms: elapsed(started) };
}

async function publishShell(distDir: string, assetsDir: string) {
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

/** Read, change and write the registry under a lock: concurrent publishes never lose an update. */
function activateAll(registryFile: string, activations: readonly Activation[]) {
  return withLock(`${registryFile}.lock`, async () => {
    const registry = await readRegistryFile(registryFile);
    const next = nextRegistry(registry, activations);
    if (next) await writeRegistryFile(registryFile, next);
    return { next, revision: next?.revision ?? registry.revision };
  });
}

function checkDistinct(apps: readonly PublishSource[]) {
  const seen = new Map<string, string>();
  for (const source of apps) {
    const other = seen.get(source.tessera.app);
    if (other)
      throw new DeployError(
        'DEPLOY_003',
        `${other} and ${source.name} both claim the app name "${source.tessera.app}".`,
      );
    seen.set(source.tessera.app, source.name);
  }
}

/** Uploads each app's build as an immutable version, then the shell, then activates them in the registry. */
export async function publish(options: PublishOptions): Promise<PublishReport> {
  const log = options.log ?? (() => undefined);
  checkDistinct(options.apps);
  const apps: AppReport[] = [];
  for (const source of options.apps) {
    const report = await publishApp(source, options.assetsDir);
    const detail = report.stats
      ? `${report.stats.files} files, ${report.stats.compressed} compressed siblings`
      : 'already published, identical';
    log(
      `  ${report.app.padEnd(16)} ${report.version.padEnd(22)} ${report.status} (${detail}) in ${report.ms} ms`,
    );
    apps.push(report);
  }

  let shell: PublishReport['shell'];
  if (options.shellDistDir !== undefined) {
    if (!(await isDir(options.shellDistDir))) {
      throw new DeployError(
        'DEPLOY_002',
        `The shell has no build at ${options.shellDistDir}. Build it first: pnpm --filter @tessera/shell-app build`,
      );
    }
    shell = await publishShell(options.shellDistDir, options.assetsDir);
    log(
      `  ${'shell'.padEnd(16)} ${shell.files} files copied, ${shell.compressed} compressed siblings in ${shell.ms} ms`,
    );
  }

  const started = performance.now();
  const activations: Activation[] = options.apps.map((source, i) => ({
    tessera: source.tessera,
    version: apps[i]!.version,
  }));
  const { next, revision } = await activateAll(options.registryFile, activations);
  const ms = elapsed(started);
  log(
    `  ${'registry'.padEnd(16)} ${next ? `revision ${revision} written` : `unchanged at revision ${revision}`} in ${ms} ms`,
  );
  return { apps, shell, registry: { revision, changed: next !== undefined, ms } };
}
