import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { EventLog } from '@tessera/log';
import type { Latency } from './latency.js';
import { benchEvent, monotonicMs, percentile, sleep } from './measure.js';

const follower = fileURLToPath(new URL('./cross-process-follower.ts', import.meta.url));
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** publish→applied when the projection runs in another process (another BFF), as in production. */
export async function crossProcessLatency(
  url: string,
  log: EventLog,
  samples: number,
  gapMs: number,
): Promise<Latency> {
  const stream = 'xlatency';
  const child = spawn(process.execPath, ['--import', tsx, follower, url, stream], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const applied = new Map<number, number>();
  let ready!: () => void;
  const isReady = new Promise<void>((resolve) => (ready = resolve));
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line === 'ready') return ready();
    const [offset, at] = line.split(' ').map(Number);
    applied.set(offset!, at!);
  });
  await isReady;
  const sentAt = new Map<number, number>();
  for (let i = 0; i < samples; i++) {
    const start = monotonicMs();
    const { offsets } = await log.append(stream, [benchEvent(i)]);
    sentAt.set(offsets[0]!, start);
    await sleep(gapMs);
  }
  while (applied.size < samples) await sleep(20);
  child.stdin.end();
  const latencies = [...sentAt].map(([offset, start]) => applied.get(offset)! - start);
  return {
    samples: latencies.length,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    maxMs: percentile(latencies, 100),
  };
}
