// Deploys for the deploy suite: candidates made from the fixture builds, deployed through the
// same commands `pnpm tessera` runs (upload, verify with the headless mount, append to the log).
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
export async function openDeployer(options: { siteUrl: string; mountCheck?: boolean }) {
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
    close: () => log.close(),
  };
  return deployer;
}
