import { createSearchProjection, type SearchIndex } from '@tessera/bff-search';
import type { EventLog } from '@tessera/log';
import { type Projection } from '@tessera/log';

const MB = 1024 * 1024;

function settledMemory() {
  // Run with --expose-gc so heap figures are live data, not garbage awaiting collection.
  globalThis.gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  return { heapUsed, rss };
}

function cpuMicroseconds(now: NodeJS.ResourceUsage, since: NodeJS.ResourceUsage): number {
  return now.userCPUTime + now.systemCPUTime - since.userCPUTime - since.systemCPUTime;
}

export interface RebuildFigures {
  events: number;
  seconds: number;
  cpuSeconds: number;
  eventsPerSecond: number;
  articles: number;
  heapUsedMb: number;
  rssMb: number;
  heapGrowthMb: number;
  rssGrowthMb: number;
  /** Fresh memory pages first touched (on this VM each costs tens of µs). */
  minorPageFaults: number;
  gcExposed: boolean;
}

/**
 * Builds the search projection from offset 0 of `log` (opened from `url`) as
 * bff-search's main.ts does, its worker thread included, and measures time and memory.
 */
export async function measureRebuild(
  log: EventLog,
  url: string,
): Promise<{ figures: RebuildFigures; projection: Projection<SearchIndex> }> {
  const before = settledMemory();
  const projection = createSearchProjection(log, { rebuildWorker: { url } });
  const usage = process.resourceUsage();
  const started = performance.now();
  await projection.start();
  const seconds = (performance.now() - started) / 1000;
  const used = process.resourceUsage();
  const after = settledMemory();
  return {
    projection,
    figures: {
      events: projection.offset,
      seconds: round(seconds),
      cpuSeconds: round(cpuMicroseconds(used, usage) / 1e6),
      eventsPerSecond: Math.round(projection.offset / seconds),
      articles: projection.state.size,
      heapUsedMb: Math.round(after.heapUsed / MB),
      rssMb: Math.round(after.rss / MB),
      heapGrowthMb: Math.round((after.heapUsed - before.heapUsed) / MB),
      rssGrowthMb: Math.round((after.rss - before.rss) / MB),
      minorPageFaults: used.minorPageFault - usage.minorPageFault,
      gcExposed: typeof globalThis.gc === 'function',
    },
  };
}

/**
 * The floor under any rebuild: reading and decoding every event of the stream
 * in the projection's batch size, with nothing applied.
 */
export async function measureLogRead(log: EventLog, stream = 'articles') {
  const usage = process.resourceUsage();
  const started = performance.now();
  let after = 0;
  for (;;) {
    const events = await log.read(stream, { after, limit: 1000 });
    if (events.length === 0) break;
    after = events[events.length - 1]!.offset;
  }
  const used = process.resourceUsage();
  return {
    events: after,
    seconds: round((performance.now() - started) / 1000),
    cpuSeconds: round(cpuMicroseconds(used, usage) / 1e6),
    minorPageFaults: used.minorPageFault - usage.minorPageFault,
  };
}

export function round(value: number, places = 2): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

/** Each query once, straight into the index (no HTTP, no cache): the cost of a cache miss. */
export function measureUncachedQueries(index: SearchIndex, queries: string[]) {
  const times = queries.map((q) => {
    const started = performance.now();
    index.search({ q, page: 1, pageSize: 10 });
    return performance.now() - started;
  });
  times.sort((a, b) => a - b);
  const at = (p: number) => round(times[Math.min(times.length - 1, Math.floor(p * times.length))]!);
  const mean = times.reduce((sum, t) => sum + t, 0) / times.length;
  return {
    queries: times.length,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    maxMs: at(1),
    meanMs: round(mean),
  };
}
