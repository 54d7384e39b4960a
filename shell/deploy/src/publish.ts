import { performance } from 'node:perf_hooks';
import type { PublishSource } from './descriptor.js';
import { DeployError } from './errors.js';
import { withLock } from './lock.js';
import { elapsed, isDir, publishApp, publishShell } from './publish-steps.js';
import type { AppReport } from './publish-steps.js';
import { nextRegistry, readRegistryFile, writeRegistryFile } from './registry-file.js';
import type { Activation } from './registry-file.js';
import type { CopyStats } from './store.js';

export type { AppReport } from './publish-steps.js';

export interface PublishOptions {
  assetsDir: string;
  registryFile: string;
  apps: readonly PublishSource[];
  /** The shell build (`shell/app/dist`); leave out to publish apps only. */
  shellDistDir?: string;
  /** Progress lines; defaults to silence. */
  log?: (line: string) => void;
}

export interface PublishReport {
  apps: AppReport[];
  shell?: CopyStats & { ms: number };
  registry: { revision: number; changed: boolean; ms: number };
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
