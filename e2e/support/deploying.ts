// Deploys for the deploy suite: candidates made from the fixture builds, deployed through the
// same commands `pnpm tessera` runs (upload, verify with the headless mount, append to the log).
// Specs take `test` from here and ask for the `deployer` or `openDeployer` fixture they need.
import { test as base } from '@playwright/test';
import {
  createMountCheck,
  deployCommand,
  readDeploys,
  sourceFromFixture,
  type CommandContext,
  type PublishSource,
} from '@tessera/deploy';
import { openEventLog, type EventLog } from '@tessera/log';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assetsDir, eventLogUrl, repoRoot } from './paths.js';
import { bffUrlsOf } from './composed-site.js';
import { DEFAULT_CHROMIUM_PATH } from '@tessera/deploy/chromium';

export const fixtureDist = (name: string) => join(repoRoot, 'e2e', 'fixtures', 'dist', name);

/** A copy of a fixture build whose files `edit` may change (a changed build is a new version). */
export async function candidate(
  fixture: string,
  edit: (dir: string) => void = () => undefined,
): Promise<PublishSource> {
  const dir = mkdtempSync(join(tmpdir(), `tessera-candidate-${fixture}-`));
  cpSync(fixtureDist(fixture), dir, { recursive: true });
  edit(dir);
  return sourceFromFixture(dir);
}

/** Replaces `from` with `to` in every JS file of a build folder. */
export function replaceInScripts(dir: string, from: string, to: string) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const path = join(dir, file);
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll(from, to));
  }
}

export interface Deployer {
  log: EventLog;
  lines: string[];
  ctx: CommandContext;
  deploy(source: PublishSource, flags?: { canary?: number }): Promise<void>;
  current(app: string): Promise<string | undefined>;
  close(): Promise<void>;
}

/** A `tessera` as the CLI builds it, on the e2e site's log and assets and the BFFs of the site at `siteUrl`. */
async function createDeployer(options: { siteUrl: string; mountCheck?: boolean }) {
  const log = await openEventLog(eventLogUrl, { producer: 'e2e-deploy' });
  const lines: string[] = [];
  const bffUrls = bffUrlsOf(Number(new URL(options.siteUrl).port));
  const ctx: CommandContext = {
    root: repoRoot,
    assetsDir,
    log,
    actor: 'e2e',
    out: (line) => lines.push(line),
    mountCheck:
      options.mountCheck === false
        ? undefined
        : createMountCheck({
            assetsDir,
            log,
            bffUrls,
            chromiumPath: process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH,
          }),
  };
  const deployer: Deployer = {
    log,
    lines,
    ctx,
    deploy: (source, flags = {}) => deployCommand(ctx, source, { ...flags, skipBuild: true }),
    async current(app) {
      return (await readDeploys(log)).registry.apps[app]?.current.version;
    },
    async close() {
      // A deploy refused before its mount check leaves the warmed-up check (a Node process with
      // Chromium) waiting; close it with the deployer instead of leaving it to the rest of the run.
      await ctx.mountCheck?.close?.();
      await log.close();
    },
  };
  return deployer;
}

export interface DeployFixtures {
  /** A deployer with the headless mount check, closed after the test. */
  deployer: Deployer;
  /** Opens more deployers on the test's site (`mountCheck: false` skips the check); each is closed after the test. */
  openDeployer(options?: { mountCheck?: boolean }): Promise<Deployer>;
}

/** Playwright's `test` with deployers on the project's site: a test asks only for what it uses. */
export const test = base.extend<DeployFixtures>({
  openDeployer: async ({ baseURL }, use) => {
    if (!baseURL) throw new Error('The deploy fixtures need use.baseURL: the composed site.');
    const opened: Deployer[] = [];
    await use(async ({ mountCheck } = {}) => {
      const deployer = await createDeployer({ siteUrl: baseURL, mountCheck });
      opened.push(deployer);
      return deployer;
    });
    await Promise.all(opened.map((deployer) => deployer.close()));
  },
  deployer: async ({ openDeployer }, use) => {
    await use(await openDeployer());
  },
});
