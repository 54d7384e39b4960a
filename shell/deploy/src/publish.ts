import { performance } from 'node:perf_hooks';
import type { PublishSource } from './descriptor.js';
import { DeployError } from './errors.js';
import { allSiblings, siblingsDone, siblingsStarted } from './await-siblings.js';
import { elapsed, isDir, publishApp, publishShell } from './publish-steps.js';
import type { UploadedApp } from './publish-steps.js';
import type { EventLog } from '@tessera/log';
import type { Registry } from '@tessera/registry';
import { activatedEvent, appendDeploys, readDeploys } from './deploys.js';
import { createSiblingWriter, type CompressSibling, type SiblingStats } from './siblings.js';
import type { CopyStats } from './store.js';

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
  /** How one compressed sibling is written (tests); default brotli 11 / gzip 9. */
  compressSibling?: CompressSibling;
}

export interface AppReport extends Omit<UploadedApp, 'siblings'> {
  /** The compressed siblings the version lacked, all written before anything was activated. */
  siblings: SiblingStats;
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

/** Copies each app's build; their compressed siblings are written meanwhile. */
async function uploadApps(options: PublishOptions, log: (line: string) => void) {
  const siblings = createSiblingWriter({ compress: options.compressSibling });
  const uploads: UploadedApp[] = [];
  try {
    for (const source of options.apps) {
      const upload = await publishApp(source, options.assetsDir, siblings);
      log(
        `  ${upload.app.padEnd(16)} ${upload.version.padEnd(22)} ${siblingsStarted(upload)} in ${upload.ms} ms`,
      );
      uploads.push(upload);
    }
  } catch (error) {
    await Promise.all(uploads.map((upload) => upload.siblings.cancel()));
    throw error;
  }
  return uploads;
}

/**
 * Uploads each app's build as an immutable version, then the shell, then activates them on the
 * `deploys` stream once every compressed sibling is written.
 */
export async function publish(options: PublishOptions): Promise<PublishReport> {
  const log = options.log ?? (() => undefined);
  checkDistinct(options.apps);
  const uploads = await uploadApps(options, log);
  const jobs = uploads.map((upload) => upload.siblings);
  try {
    const shell = await shellStep(options, log);
    const stats = await allSiblings(jobs);
    const apps = uploads.map((upload, i) => ({ ...upload, siblings: stats[i]! }));
    for (const app of apps) {
      if (app.siblings.files > 0) log(`  ${app.app.padEnd(16)} ${siblingsDone(app.siblings)}`);
    }
    return { apps, shell, registry: await activateStep(options, apps, log) };
  } finally {
    await Promise.all(jobs.map((job) => job.cancel()));
  }
}

async function shellStep(
  options: PublishOptions,
  log: (line: string) => void,
): Promise<PublishReport['shell']> {
  if (options.shellDistDir === undefined) return undefined;
  if (!(await isDir(options.shellDistDir))) {
    throw new DeployError(
      'DEPLOY_002',
      `The shell has no build at ${options.shellDistDir}. Build it first: pnpm --filter @tessera/shell-app build`,
    );
  }
  const shell = await publishShell(options.shellDistDir, options.assetsDir);
  log(
    `  ${'shell'.padEnd(16)} ${shell.files} files copied, ${shell.compressed} compressed siblings in ${shell.ms} ms`,
  );
  return shell;
}

async function activateStep(
  options: PublishOptions,
  apps: readonly AppReport[],
  log: (line: string) => void,
): Promise<PublishReport['registry']> {
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
  return { revision, changed, ms };
}
