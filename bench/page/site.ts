// The two sites the page bench loads, side by side on one seeded log and one set of BFFs:
// the composed site (every MFE and the shell published as `tessera publish` does) and the
// monolith (bench/monolith/dist published as the shell), each behind its own edge built with
// the same `createEdge` (same compression, headers and caching).
import { discoverMfes, publish } from '@tessera/deploy';
import { createEdge } from '@tessera/edge';
import { openEventLog, type EventLog } from '@tessera/log';
import { seedIfEmpty } from '@tessera/newsroom';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pino } from 'pino';
import { waitForHttp } from '../../scripts/lib/http.mjs';

export const repoRoot = resolve(import.meta.dirname, '..', '..');
export const monolithDist = join(repoRoot, 'bench', 'monolith', 'dist');
const bffNames = ['login', 'search', 'articles'] as const;

export interface Site {
  composedUrl: string;
  monolithUrl: string;
  stop(): Promise<void>;
}

/**
 * The monolith has no registry, but the edge serves pages only once its `deploys` stream holds
 * an app: one entry claims every page route and points at a manifest that does not exist, so the
 * edge inlines a tiny registry and adds no preload hint (what the monolith needs is in its HTML).
 */
async function registerMonolith(log: EventLog) {
  await log.append('deploys', [
    {
      type: 'deploy.activated',
      key: 'monolith',
      data: {
        app: 'monolith',
        version: '0.0.0+monolith',
        manifest: '/assets/monolith/none/mf-manifest.json',
        remote: 'monolith',
        framework: 'react',
        routes: ['/*'],
        slot: 'main',
        nav: [],
        parcels: {},
        actor: 'bench',
      },
    },
  ]);
}

function startBff(name: string, port: number, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: join(repoRoot, 'bff', name),
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

/** Which builds the two sites serve; the defaults are what the page bench compares. */
export interface SiteBuilds {
  /** The composed site's shell build. */
  shellDist?: string;
  /**
   * A shell build to serve as the baseline instead of the monolith: a second composed site with
   * the same MFEs, for an A/B of two shell builds (page/ab.ts).
   */
  baselineShellDist?: string;
}

export async function startSites(
  basePort: number,
  log: (line: string) => void,
  builds: SiteBuilds = {},
): Promise<Site> {
  const shellDist = builds.shellDist ?? join(repoRoot, 'shell', 'app', 'dist');
  const baselineDist = builds.baselineShellDist ?? monolithDist;
  for (const dist of [shellDist, baselineDist]) {
    if (!existsSync(join(dist, 'index.html'))) {
      throw new Error(
        `${dist} has no build: run \`pnpm build\` and \`pnpm --filter @tessera/bench build:monolith\` first, or \`pnpm bench --only page\`, which builds both`,
      );
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'tessera-bench-page-'));
  const logUrl = `sqlite:${join(dir, 'log.db')}`;
  const monolithLogUrl = `sqlite:${join(dir, 'monolith-log.db')}`;
  const composedAssets = join(dir, 'composed');
  const monolithAssets = join(dir, 'monolith');

  const siteLog = await openEventLog(logUrl, { producer: 'bench-page' });
  const monolithLog = await openEventLog(monolithLogUrl, { producer: 'bench-page' });
  log('publishing the composed site and the monolith');
  const apps = await discoverMfes(repoRoot);
  await publish({
    assetsDir: composedAssets,
    eventLog: siteLog,
    actor: 'bench',
    apps,
    shellDistDir: shellDist,
  });
  await publish({
    assetsDir: monolithAssets,
    eventLog: monolithLog,
    actor: 'bench',
    apps: builds.baselineShellDist ? apps : [],
    shellDistDir: baselineDist,
  });
  if (!builds.baselineShellDist) await registerMonolith(monolithLog);
  log('seeding the log');
  await seedIfEmpty(siteLog);

  const bffPort = (i: number) => basePort + 10 + i;
  const loginUrl = `http://127.0.0.1:${bffPort(0)}`;
  const children = bffNames.map((name, i) =>
    startBff(name, bffPort(i), {
      EVENT_LOG_URL: logUrl,
      SESSION_KEY_FILE: join(dir, 'session-key.pem'),
      SESSION_JWKS_URL: `${loginUrl}/api/login/.well-known/jwks.json`,
    }),
  );
  const stopChildren = () => children.forEach((child) => child.kill('SIGTERM'));
  try {
    log('waiting for the BFFs');
    await Promise.all(
      bffNames.map((_name, i) =>
        waitForHttp(`http://127.0.0.1:${bffPort(i)}/readyz`, { timeoutMs: 120_000 }),
      ),
    );
  } catch (error) {
    stopChildren();
    throw error;
  }
  const bffUrls = Object.fromEntries(
    bffNames.map((name, i) => [name, `http://127.0.0.1:${bffPort(i)}`]),
  );
  // The monolith's edge warns on every page that its placeholder manifest is missing: expected.
  const logger = pino({ level: 'error' });
  const composed = await createEdge({
    assetsDir: composedAssets,
    eventLog: siteLog,
    bffUrls,
    logger,
  });
  const monolith = await createEdge({
    assetsDir: monolithAssets,
    eventLog: monolithLog,
    bffUrls,
    logger,
  });
  await composed.listen({ port: basePort, host: '127.0.0.1' });
  await monolith.listen({ port: basePort + 1, host: '127.0.0.1' });
  return {
    composedUrl: `http://127.0.0.1:${basePort}`,
    monolithUrl: `http://127.0.0.1:${basePort + 1}`,
    async stop() {
      stopChildren();
      await Promise.all([composed.close(), monolith.close()]);
      await Promise.all([siteLog.close(), monolithLog.close()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
