/**
 * bench/bff: rebuild and search figures for bff-search at 100k articles.
 * Run: pnpm --filter @tessera/bench exec node --expose-gc --import tsx bff/run.ts
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openEventLog } from '@tessera/log';
import { seededRandom, syntheticQueries } from './corpus.js';
import { runLoad, type LoadFigures } from './load.js';
import { bareEntry, bffEntry, startServer } from './processes.js';
import { measureLogRead, measureRebuild, measureUncachedQueries, round } from './rebuild.js';
import { seedArticles } from './seed.js';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const UNCACHED = process.env.BENCH_UNCACHED !== '0';
const TARGETS = { searchP99Ms: 25, rebuildSeconds: 5 };
const resultsFile = fileURLToPath(new URL('../results/bff.json', import.meta.url));

const q = (text: string) => encodeURIComponent(text);

async function loadServer(
  entry: string,
  readyPath: string,
  env: Record<string, string>,
  runs: Record<string, string[]>,
  warmUp = Infinity,
): Promise<Record<string, LoadFigures>> {
  const server = await startServer(entry, readyPath, env);
  try {
    const figures: Record<string, LoadFigures> = {};
    for (const [name, paths] of Object.entries(runs)) {
      // One pass first: JIT warm-up, and the answers a live server would already hold.
      for (const path of paths.slice(0, warmUp))
        await fetch(`${server.base}${path}`).then((r) => r.arrayBuffer());
      figures[name] = await runLoad(server.base, paths, {
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
    const { figures: rebuild, projection } = await measureRebuild(log);
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
      {
        bare: queries.map((text) => `/bare?q=${q(text)}`),
      },
    );
    const bffEnv = { EVENT_LOG_URL: url, LOG_LEVEL: 'warn' };
    const bff = await loadServer(bffEntry, '/readyz', bffEnv, {
      search: searchPaths,
      suggest: suggestPaths,
    });
    const noCache = UNCACHED
      ? await loadServer(
          bffEntry,
          '/readyz',
          { ...bffEnv, SEARCH_CACHE_SIZE: '0' },
          { searchNoCache: searchPaths },
          // Nothing to pre-fill without a cache: a few requests warm the JIT.
          10,
        )
      : {};

    const search = bff.search!;
    const results = {
      when: new Date().toISOString(),
      machine: { cpus: cpus().length, node: process.version, loadAverageAtStart: round(startLoad) },
      articles: ARTICLES,
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
