// The bench's own copy of a site: assets and a SQLite log under .tmp/bench-deploy, an edge on
// an ephemeral port. Never the user's .data.
import { discoverMfes, publish, type PublishSource } from '@tessera/deploy';
import { createEdge } from '@tessera/edge';
import { openEventLog, type EventLog } from '@tessera/log';
import { appendFileSync, cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pino } from 'pino';
import type { FastifyInstance } from 'fastify';

export const repoRoot = resolve(import.meta.dirname, '..', '..');
export const dataDir = join(repoRoot, '.tmp', 'bench-deploy');
export const assetsDir = join(dataDir, 'assets');
export const eventLogUrl = `sqlite:${join(dataDir, 'log.db')}`;

/** Env for the `tessera` CLI: this data, and BFFs on a closed port (the mount check ignores /api). */
export const cliEnv: Record<string, string> = {
  ASSETS_DIR: assetsDir,
  EVENT_LOG_URL: eventLogUrl,
  TESSERA_ACTOR: 'bench',
  LOGIN_BFF_URL: 'http://127.0.0.1:9',
  SEARCH_BFF_URL: 'http://127.0.0.1:9',
  ARTICLES_BFF_URL: 'http://127.0.0.1:9',
};

/** mfe-search's current build with one changed byte: a different, older version to roll back to. */
function olderSearch(search: PublishSource): PublishSource {
  const dir = join(dataDir, 'search-older');
  cpSync(search.distDir, dir, { recursive: true });
  const script = readdirSync(dir).find((name) => name.endsWith('.js'))!;
  appendFileSync(join(dir, script), '\n/* bench: older build */\n');
  return { ...search, name: 'mfe-search (older)', distDir: dir };
}

export interface BenchSite {
  log: EventLog;
  edgeUrl: string;
  /** The version of `app` the next page load gets (from the registry inlined in the page). */
  pageVersion(app: string, route: string): Promise<string | undefined>;
  /** Polls page loads until `app` is at `version`; the ms from `since` until then. */
  visibleAfter(app: string, route: string, version: string, since: number): Promise<number>;
  close(): Promise<void>;
}

/** Publishes the built site with an older mfe-search current, and serves it from an edge. */
export async function startSite(): Promise<BenchSite> {
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const log = await openEventLog(eventLogUrl, { producer: 'bench-deploy' });
  const mfes = await discoverMfes(repoRoot);
  const apps = mfes.map((s) => (s.tessera.app === 'search' ? olderSearch(s) : s));
  await publish({
    assetsDir,
    eventLog: log,
    actor: 'bench',
    apps,
    shellDistDir: join(repoRoot, 'shell', 'app', 'dist'),
  });
  const edge: FastifyInstance = await createEdge({
    assetsDir,
    eventLog: log,
    bffUrls: {},
    logger: pino({ level: 'error' }),
  });
  const edgeUrl = await edge.listen({ port: 0, host: '127.0.0.1' });

  async function pageVersion(app: string, route: string) {
    const html = await (
      await fetch(`${edgeUrl}${route}`, { headers: { accept: 'text/html' } })
    ).text();
    const inline = /<script type="application\/json" id="tessera-registry">([^<]*)<\/script>/.exec(
      html,
    );
    const registry = inline ? JSON.parse(inline[1]!) : undefined;
    return registry?.apps?.[app]?.current?.version as string | undefined;
  }

  return {
    log,
    edgeUrl,
    pageVersion,
    async visibleAfter(app, route, version, since) {
      for (;;) {
        if ((await pageVersion(app, route)) === version) return performance.now() - since;
        if (performance.now() - since > 30_000) {
          throw new Error(`${app}@${version} not served within 30 s`);
        }
        await new Promise((done) => setTimeout(done, 5));
      }
    },
    async close() {
      await edge.close();
      await log.close();
    },
  };
}
