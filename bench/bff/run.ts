/**
 * bench/bff: rebuild and search figures for bff-search at 100k articles.
 * Run: pnpm --filter @tessera/bench exec node --expose-gc --import tsx bff/run.ts
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openEventLog } from '@tessera/log';
import { seededRandom, syntheticQueries, unseenSearch } from './corpus.js';
import { cycle, runLoad, type LoadFigures } from './load.js';
import { bareEntry, bffEntry, startServer } from './processes.js';
import { measureLogRead, measureRebuild, measureUncachedQueries, round } from './rebuild.js';
import { seedArticles } from './seed.js';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const UNCACHED = process.env.BENCH_UNCACHED !== '0';
// Share of searches in the mixed run that no cache holds.
const MISS_RATE = Number(process.env.BENCH_MISS_RATE ?? 0.05);
const TARGETS = { searchP99Ms: 25, rebuildSeconds: 5 };
const resultsFile = fileURLToPath(new URL('../results/bff.json', import.meta.url));

const q = (text: string) => encodeURIComponent(text);

/** One load run: what to ask once before it (warm-up), and what each request asks. */
interface LoadRun {
  warmUp: readonly string[];
  next: () => string;
}

// One pass first: JIT warm-up, and the answers a live server would already hold.
const cycling = (paths: readonly string[], warmUp = paths): LoadRun => ({
  warmUp,
  next: cycle(paths),
});

/** The popular searches in turn, but a `missRate` share of requests asks an unseen one. */
function mixed(paths: readonly string[], missRate: number): LoadRun {
  const random = seededRandom(11);
  const popular = cycle(paths);
  const next = () => (random() < missRate ? `/api/search?${unseenSearch(random)}` : popular());
  return { warmUp: paths, next };
}

async function loadServer(
  entry: string,
  readyPath: string,
  env: Record<string, string>,
  runs: Record<string, LoadRun>,
): Promise<Record<string, LoadFigures>> {
  const server = await startServer(entry, readyPath, env);
  try {
    const figures: Record<string, LoadFigures> = {};
    for (const [name, run] of Object.entries(runs)) {
      for (const path of run.warmUp)
        await fetch(`${server.base}${path}`).then((r) => r.arrayBuffer());
      figures[name] = await runLoad(server.base, run.next, {
        connections: CONNECTIONS,
        seconds: SECONDS,
      });
      console.log(`${name}: ${JSON.stringify(figures[name])}`);
    }
    return figures;
  } finally {
    await server.stop();
  }
}

async function main() {
  const startLoad = loadavg()[0]!;
  const dir = mkdtempSync(join(tmpdir(), 'tessera-bench-bff-'));
  const url = `sqlite:${join(dir, 'log.db')}`;
  try {
    const log = await openEventLog(url, { producer: 'bench' });
    const seed = await seedArticles(log, ARTICLES, 42);
    console.log(`seeded ${seed.events} articles at ${seed.eventsPerSecond} events/s`);

    const logRead = await measureLogRead(log);
    console.log(`log read (rebuild baseline): ${JSON.stringify(logRead)}`);
    const { figures: rebuild, projection } = await measureRebuild(log, url);
    console.log(`rebuild: ${JSON.stringify(rebuild)}`);
    const queries = syntheticQueries(200, seededRandom(7));
    const uncachedQueries = measureUncachedQueries(projection.state, queries);
    console.log(`search without cache, in process: ${JSON.stringify(uncachedQueries)}`);
    await projection.stop();
    await log.close();

    const searchPaths = queries.map((text) => `/api/search?q=${q(text)}`);
    const suggestPaths = queries.map((text) => `/api/search/suggest?q=${q(text.slice(0, 4))}`);
    const bare = await loadServer(
      bareEntry,
      '/bare',
      {},
      { bare: cycling(queries.map((text) => `/bare?q=${q(text)}`)) },
    );
    const bffEnv = { EVENT_LOG_URL: url, LOG_LEVEL: 'warn' };
    const bff = await loadServer(bffEntry, '/readyz', bffEnv, {
      search: cycling(searchPaths),
      suggest: cycling(suggestPaths),
      // Last: its unseen searches push popular answers out of the cache.
      searchMixed: mixed(searchPaths, MISS_RATE),
    });
    const noCache = UNCACHED
      ? await loadServer(
          bffEntry,
          '/readyz',
          { ...bffEnv, SEARCH_CACHE_SIZE: '0' },
          // Nothing to pre-fill without a cache: a few requests warm the JIT.
          { searchNoCache: cycling(searchPaths, searchPaths.slice(0, 10)) },
        )
      : {};

    const search = bff.search!;
    const results = {
      when: new Date().toISOString(),
      machine: { cpus: cpus().length, node: process.version, loadAverageAtStart: round(startLoad) },
      articles: ARTICLES,
      missRate: MISS_RATE,
      seed,
      logRead,
      rebuild,
      uncachedQueries,
      http: { ...bare, ...bff, ...noCache },
      ratios: {
        rebuildToLogRead: round(rebuild.seconds / logRead.seconds),
        searchToBareRequestsPerSecond: round(
          search.requestsPerSecond / bare.bare!.requestsPerSecond,
        ),
        searchToBareP99: round(search.p99Ms / Math.max(bare.bare!.p99Ms, 1)),
      },
      targets: {
        ...TARGETS,
        searchP99Met: search.p99Ms < TARGETS.searchP99Ms,
        rebuildMet: rebuild.seconds < TARGETS.rebuildSeconds,
      },
    };
    mkdirSync(join(resultsFile, '..'), { recursive: true });
    writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
    console.log(JSON.stringify({ ratios: results.ratios, targets: results.targets }, null, 2));
    console.log(`wrote ${resultsFile}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
