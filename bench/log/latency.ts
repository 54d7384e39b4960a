import { createProjection, type EventLog } from '@tessera/log';
import { benchEvent, percentile, sleep } from './measure.js';

export interface Latency {
  samples: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/**
 * publish→applied: the time from calling append to a projection (in the same process,
 * following the log as a BFF does) having applied the event. Appends are spaced out so
 * the figure is latency, not queueing.
 */
export async function publishToApplied(
  log: EventLog,
  stream: string,
  samples: number,
  gapMs: number,
): Promise<Latency> {
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  const projection = createProjection({
    log,
    stream,
    initial: () => null,
    apply: (state, event) => {
      const start = sentAt.get(event.id);
      if (start !== undefined) latencies.push(performance.now() - start);
      return state;
    },
  });
  await projection.start();
  for (let i = 0; i < samples; i++) {
    const event = benchEvent(i);
    sentAt.set(event.id!, performance.now());
    await log.append(stream, [event]);
    await sleep(gapMs);
  }
  await projection.waitFor(await log.head(stream), { timeoutMs: 30_000 });
  await projection.stop();
  return {
    samples: latencies.length,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    maxMs: percentile(latencies, 100),
  };
}
