import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@tessera/log';

export interface Throughput {
  events: number;
  seconds: number;
  perSecond: number;
}

export async function timed(events: number, body: () => Promise<void>): Promise<Throughput> {
  const start = performance.now();
  await body();
  const seconds = (performance.now() - start) / 1000;
  return { events, seconds: round(seconds, 3), perSecond: Math.round(events / seconds) };
}

/**
 * Steady-state rate: the fastest of several passes over the same data. Used for raw and
 * adapter reads alike, so neither side's figure carries JIT warm-up or a neighbour's burst.
 */
export async function bestOf(
  passes: number,
  events: number,
  body: () => Promise<void>,
): Promise<Throughput> {
  const runs: Throughput[] = [];
  for (let i = 0; i < passes; i++) runs.push(await timed(events, body));
  return runs.reduce((best, run) => (run.perSecond > best.perSecond ? run : best));
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return round(
    sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN,
    2,
  );
}

export const round = (n: number, digits: number) => Number(n.toFixed(digits));
export const ratio = (adapter: Throughput, raw: Throughput) =>
  round(adapter.perSecond / raw.perSecond, 2);

/** A ~190-byte user.registered event, like the log's real traffic. */
export function benchEvent(n: number): NewEvent {
  return {
    id: randomUUID(),
    type: 'user.registered',
    key: `user-${n}`,
    data: {
      userId: `user-${n}`,
      username: `user${n}`,
      displayName: `Bench User ${n}`,
      role: 'reader',
    },
  };
}

/** The envelope the adapter stores for an event, for the raw baselines to serialise. */
export function rawEnvelope(n: number) {
  const event = benchEvent(n);
  return {
    ...event,
    stream: 'bench',
    version: 1,
    time: new Date().toISOString(),
    producer: 'bench',
    traceId: 'ab'.repeat(16),
  };
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Milliseconds on the system-wide monotonic clock, comparable between processes on one machine
 * (performance.timeOrigin is fixed per process at start-up, off by up to a few ms: the
 * cross-process bench once reported a negative p50).
 */
export const monotonicMs = () => Number(process.hrtime.bigint()) / 1e6;

export interface Pair {
  append: Throughput;
  consume: Throughput;
}

/** The round with the median rate; reported whole so events and seconds stay consistent. */
export function median(runs: Throughput[]): Throughput {
  return [...runs].sort((a, b) => a.perSecond - b.perSecond)[Math.floor(runs.length / 2)]!;
}

/**
 * Alternates raw and adapter runs (after one discarded warm-up pair) so both see the same
 * machine: the host is shared, and a neighbour's burst should not land on one side only.
 */
export async function alternate(
  rounds: number,
  raw: (round: number) => Promise<Pair>,
  adapter: (round: number) => Promise<Pair>,
) {
  await raw(0);
  await adapter(0);
  const rawRuns: Pair[] = [];
  const adapterRuns: Pair[] = [];
  for (let round = 1; round <= rounds; round++) {
    rawRuns.push(await raw(round));
    adapterRuns.push(await adapter(round));
  }
  const pick = (runs: Pair[]) => ({
    append: median(runs.map((r) => r.append)),
    consume: median(runs.map((r) => r.consume)),
  });
  const rawResult = pick(rawRuns);
  const adapterResult = pick(adapterRuns);
  return {
    rounds,
    raw: rawResult,
    append: adapterResult.append,
    consume: adapterResult.consume,
    // The host is shared and noisy: a ratio within each round (raw and adapter run back to
    // back) and then the median across rounds is steadier than a ratio of two medians.
    ratios: {
      append: medianRatio(rawRuns, adapterRuns, 'append'),
      consume: medianRatio(rawRuns, adapterRuns, 'consume'),
    },
    ratiosOfMedians: {
      append: ratio(adapterResult.append, rawResult.append),
      consume: ratio(adapterResult.consume, rawResult.consume),
    },
    perRoundRatios: rawRuns.map((r, i) => ({
      append: ratio(adapterRuns[i]!.append, r.append),
      consume: ratio(adapterRuns[i]!.consume, r.consume),
    })),
  };
}

function medianRatio(raw: Pair[], adapter: Pair[], key: keyof Pair): number {
  const ratios = raw.map((r, i) => ratio(adapter[i]![key], r[key])).sort((a, b) => a - b);
  return ratios[Math.floor(ratios.length / 2)]!;
}
