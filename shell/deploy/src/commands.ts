import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { EventLog } from '@tessera/log';
import { buildPackage } from './build.js';
import { commitOf } from './commit.js';
import { REMOTE_BUILD_SCRIPT } from './descriptor.js';
import type { PublishSource } from './descriptor.js';
import { activatedEvent, appendDeploys, liveEntry, manifestUrl, readDeploys } from './deploys.js';
import type { DeploysView } from './deploys.js';
import { DeployError } from './errors.js';
import { siblingsDone, siblingsStarted } from './await-siblings.js';
import { publishApp } from './publish-steps.js';
import { createSiblingWriter, type SiblingJob, type SiblingWriter } from './siblings.js';
import type { Out } from './step.js';
import { step } from './step.js';
import type { CheckResult } from './verify.js';
import { staticChecks } from './verify.js';

/** Mounts a candidate inside the real shell and reports what went wrong, if anything. */
export interface MountCheck {
  (candidate: {
    app: string;
    version: string;
    /** The `deploy.activated` data that would make the candidate current. */
    activation: Record<string, unknown>;
  }): Promise<CheckResult>;
  /** Starts what the check needs (a browser) ahead of time, e.g. while the app builds. */
  warmUp?: () => void;
  /** Releases what `warmUp` started when the check did not run. */
  close?: () => Promise<void>;
}

export interface CommandContext {
  root: string;
  assetsDir: string;
  log: EventLog;
  actor: string;
  out: Out;
  mountCheck?: MountCheck;
  /** Writes uploaded versions' compressed siblings (default: brotli 11 and gzip 9, two at a time). */
  siblings?: SiblingWriter;
}

export interface DeployFlags {
  canary?: number;
  skipBuild?: boolean;
}

/** An uploaded version that passed every check; its compressed siblings may still be in progress. */
interface Candidate {
  version: string;
  siblings: SiblingJob;
  verifiedAt: number;
}

async function runChecks(
  ctx: CommandContext,
  source: PublishSource,
  view: DeploysView,
  version: string,
) {
  const { out } = ctx;
  const app = source.tessera.app;
  const results = await step(out, 'verify', async () => {
    const versionDir = join(ctx.assetsDir, app, version);
    const input = { app, versionDir, assetsDir: ctx.assetsDir, budgetKb: source.tessera.budgetKb };
    const checks = await staticChecks({ ...input, registry: view.registry });
    if (ctx.mountCheck && checks.every((c) => c.ok)) {
      const { data } = activatedEvent(source.tessera, version, ctx.actor);
      const activation = data as Record<string, unknown>;
      checks.push(await ctx.mountCheck({ app, version, activation }));
    }
    for (const check of checks) out(`    ${check.ok ? '✓' : '✗'} ${check.name}: ${check.detail}`);
    return checks;
  });
  const failed = results.filter((c) => !c.ok);
  if (failed.length > 0) {
    throw new DeployError(
      'DEPLOY_009',
      `${app}@${version} failed ${failed.map((c) => c.name).join(', ')}; nothing was activated. ${failed.map((c) => c.detail).join(' ')}`,
    );
  }
}

/**
 * Uploads the build and verifies it while its compressed siblings are written; a failed check
 * stops them (the next upload of that version writes the rest).
 */
async function verifyCandidate(
  ctx: CommandContext,
  source: PublishSource,
  view: DeploysView,
): Promise<Candidate> {
  const writer = ctx.siblings ?? createSiblingWriter();
  const upload = await step(ctx.out, `upload ${source.tessera.app}`, () =>
    publishApp(source, ctx.assetsDir, writer),
  );
  ctx.out(`  ${upload.version} ${siblingsStarted(upload)}`);
  try {
    await runChecks(ctx, source, view, upload.version);
  } catch (error) {
    await upload.siblings.cancel();
    throw error;
  }
  return { version: upload.version, siblings: upload.siblings, verifiedAt: performance.now() };
}

/** Waits for the candidate's compressed siblings: nothing goes live without them. */
async function siblingsStep(out: Out, candidate: Candidate) {
  const { files, done } = candidate.siblings;
  if (files === 0) {
    await done;
    return;
  }
  const stats = await step(out, 'compressed siblings', () => done);
  out(`  ${siblingsDone(stats, candidate.verifiedAt)}`);
}

async function buildStep(ctx: CommandContext, source: PublishSource) {
  const script = source.build;
  if (!script) {
    throw new DeployError(
      'DEPLOY_011',
      `${source.name} has no "build:remote" or "build" script. Build it yourself, then: pnpm tessera deploy ${source.tessera.app} --skip-build`,
    );
  }
  const what = script.name === REMOTE_BUILD_SCRIPT ? ', the remote only: what ships' : '';
  await step(ctx.out, `build ${source.name} (${script.name}${what})`, () =>
    buildPackage({
      root: ctx.root,
      dir: dirname(source.distDir),
      name: source.name,
      script,
      log: ctx.out,
    }),
  );
}

export async function deployCommand(
  ctx: CommandContext,
  source: PublishSource,
  flags: DeployFlags,
) {
  const { out } = ctx;
  const app = source.tessera.app;
  // Chromium launches beside the build: started after it, its launch held up the upload and
  // verify by 1.5-2 s (bench, 10:35 UTC), more than it cost webpack.
  ctx.mountCheck?.warmUp?.();
  // Asked now, beside the build: git's process start is not left on the way to activation.
  const commit = commitOf(dirname(source.distDir));
  if (!flags.skipBuild) await buildStep(ctx, source);
  const view = await step(out, 'read the deploys stream', () => readDeploys(ctx.log));
  out(`  revision ${view.head}`);
  const candidate = await verifyCandidate(ctx, source, view);
  const { version } = candidate;
  await siblingsStep(out, candidate);
  const lastCommit = await commit;
  const revision = await step(
    out,
    flags.canary ? `start canary at ${flags.canary}%` : 'activate',
    () => {
      if (!flags.canary) {
        return appendDeploys(
          ctx.log,
          [activatedEvent(source.tessera, version, ctx.actor, lastCommit)],
          view.head,
        );
      }
      liveEntry(view, app);
      const data = {
        app,
        version,
        manifest: manifestUrl(app, version),
        percent: flags.canary,
        actor: ctx.actor,
      };
      return appendDeploys(ctx.log, [{ type: 'deploy.canary-started', key: app, data }], view.head);
    },
  );
  out(
    flags.canary
      ? `${app}@${version} is the canary for ${flags.canary}% of browsers (revision ${revision}). Watch it, then: pnpm tessera promote ${app}`
      : `${app}@${version} is live (revision ${revision}). Undo with: pnpm tessera rollback ${app}`,
  );
}

export async function verifyCommand(ctx: CommandContext, source: PublishSource) {
  ctx.mountCheck?.warmUp?.();
  const view = await step(ctx.out, 'read the deploys stream', () => readDeploys(ctx.log));
  const candidate = await verifyCandidate(ctx, source, view);
  await siblingsStep(ctx.out, candidate);
  ctx.out(
    `${source.tessera.app}@${candidate.version} passes every check. Activate it: pnpm tessera deploy ${source.tessera.app} --skip-build`,
  );
}
