// The composed site the e2e suites drive: every MFE build, the failure fixtures and the shell
// published into a fresh folder, the BFFs as real processes on a seeded SQLite log, and the edge.
import { discoverMfes, publish, sourceFromFixture } from '@tessera/deploy';
import { openEventLog, type EventLog } from '@tessera/log';
import { seedIfEmpty } from '@tessera/newsroom';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deployEvent, readRegistry } from './deploys.js';
import { assetsDir, e2eDataDir, eventLogUrl, repoRoot } from './paths.js';

const fixtureNames = ['healthy', 'throws-in-mount', 'never-mounts'];
export const bffNames = ['login', 'search', 'articles'] as const;

/** The composed site's BFFs listen beside its edge: site port + 10, + 11, + 12, in `bffNames` order. */
export const bffPortOf = (sitePort: number, i: number) => sitePort + 10 + i;

/** Each BFF's URL for the composed site on `sitePort`. */
export const bffUrlsOf = (sitePort: number): Record<string, string> =>
  Object.fromEntries(
    bffNames.map((name, i) => [name, `http://127.0.0.1:${bffPortOf(sitePort, i)}`]),
  );

export async function publishSite() {
  rmSync(e2eDataDir, { recursive: true, force: true });
  mkdirSync(e2eDataDir, { recursive: true });
  const fixtures = await Promise.all(
    fixtureNames.map((name) => sourceFromFixture(join(repoRoot, 'e2e', 'fixtures', 'dist', name))),
  );
  const eventLog = await openEventLog(eventLogUrl, { producer: 'e2e-publish' });
  try {
    await publish({
      assetsDir,
      eventLog,
      actor: 'e2e',
      apps: [...(await discoverMfes(repoRoot)), ...fixtures],
      shellDistDir: join(repoRoot, 'shell', 'app', 'dist'),
    });
    await deployBrokenReleases(eventLog);
  } finally {
    await eventLog.close();
  }
  shortenTimeouts();
}

/**
 * Two registry entries no build can give, as deploy events: a release whose manifest 404s, and
 * one whose current 404s while its previous (the healthy fixture) works.
 */
async function deployBrokenReleases(eventLog: EventLog) {
  const { head, registry } = await readRegistry(eventLog);
  const healthy = registry.apps['fixture-healthy'];
  if (!healthy) throw new Error('the healthy fixture was not published');
  const missing = {
    version: '9.9.9+deadbeef',
    manifest: '/assets/fixture-missing/9.9.9+deadbeef/mf-manifest.json',
  };
  const entry = (route: string) => ({ ...healthy, routes: [route], nav: [] });
  const fallback = entry('/fixtures/fallback');
  await eventLog.append(
    'deploys',
    [
      // Its own remote name: one shared with a loaded app would find that app's container.
      deployEvent(
        'fixture-missing',
        { ...entry('/fixtures/missing'), remote: 'fixture_missing' },
        missing,
      ),
      deployEvent('fixture-fallback', fallback, healthy.current),
      deployEvent('fixture-fallback', fallback, missing),
    ],
    { expectedHead: head },
  );
}

/** The hang fixture would take the default 5 s mount timeout per attempt; the suites need less. */
function shortenTimeouts() {
  const template = join(assetsDir, 'shell.html');
  const meta =
    '<meta name="tessera-timeouts" content="load=8000, mount=2000">' +
    '<meta name="tessera-retry" content="attempts=2, base=50, max=200">';
  writeFileSync(template, readFileSync(template, 'utf8').replace('<head>', `<head>${meta}`));
}

export async function seedLog() {
  const log = await openEventLog(eventLogUrl, { producer: 'e2e-seed' });
  try {
    await seedIfEmpty(log);
  } finally {
    await log.close();
  }
}

export function startBff(name: string, port: number, env: Record<string, string>): ChildProcess {
  const dir = join(repoRoot, 'bff', name);
  if (!existsSync(join(dir, 'src', 'main.ts'))) throw new Error(`bff/${name} has no src/main.ts`);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: dir,
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return child;
}
