import { performance } from 'node:perf_hooks';
import type { PublishSource } from './descriptor.js';
import { DeployError } from './errors.js';
import { elapsed, isDir, publishApp, publishShell } from './publish-steps.js';
import type { AppReport } from './publish-steps.js';
import type { EventLog } from '@tessera/log';
import type { Registry } from '@tessera/registry';
import { activatedEvent, appendDeploys, readDeploys } from './deploys.js';
import type { CopyStats } from './store.js';

export type { AppReport } from './publish-steps.js';

export interface PublishOptions {
  assetsDir: string;
  /** The event log whose `deploys` stream is the registry. */
  eventLog: EventLog;
  /** Who deploys, recorded in each event (default "tessera"). */
  actor?: string;
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

interface Activation {
  source: PublishSource;
  version: string;
}

/** True when the registry entry already is this version with this descriptor. */
function isLive(registry: Registry, { source, version }: Activation, actor: string): boolean {
  const entry = registry.apps[source.tessera.app];
  if (!entry || entry.current.version !== version) return false;
  const {
    app: _app,
    version: _v,
    manifest: _m,
    actor: _a,
    commit: _c,
    ...meta
  } = activatedEvent(source.tessera, version, actor).data as Record<string, unknown>;
  return Object.entries(meta).every(
    ([key, value]) => JSON.stringify(entry[key as keyof typeof entry]) === JSON.stringify(value),
  );
}

/** Appends `deploy.activated` for each app that is not live as built, expecting the head it read. */
async function activateAll(log: EventLog, activations: readonly Activation[], actor: string) {
  const { head, registry } = await readDeploys(log);
  const events = activations
    .filter((activation) => !isLive(registry, activation, actor))
    .map(({ source, version }) => activatedEvent(source.tessera, version, actor));
  if (events.length === 0) return { changed: false, revision: head };
  return { changed: true, revision: await appendDeploys(log, events, head) };
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

/** Uploads each app's build as an immutable version, then the shell, then activates them on the `deploys` stream. */
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
  const activations = options.apps.map((source, i) => ({ source, version: apps[i]!.version }));
  const { changed, revision } = await activateAll(
    options.eventLog,
    activations,
    options.actor ?? 'tessera',
  );
  const ms = elapsed(started);
  log(
    `  ${'registry'.padEnd(16)} ${changed ? `activated, revision ${revision}` : `unchanged at revision ${revision}`} in ${ms} ms`,
  );
  return { apps, shell, registry: { revision, changed, ms } };
}
