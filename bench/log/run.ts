/**
 * Event log bench: append and consume throughput and publish→applied latency per adapter,
 * each beside a raw baseline measured in the same run, plus the ratios.
 *   pnpm --filter @tessera/bench exec tsx log/run.ts [events]
 * Prints JSON and writes it to bench/results/log-<time>.json. Starts its own nats-server.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchNats } from './nats.js';
import { benchSqlite } from './sqlite.js';

const events = Number(process.argv[2] ?? 20_000);
if (!Number.isSafeInteger(events) || events < 1000 || events % 100 !== 0) {
  console.error(
    'usage: tsx log/run.ts [events]   (a multiple of 100, at least 1000; default 20000)',
  );
  process.exit(2);
}

const targets = { ratioAtLeast: 0.7, natsP99BelowMs: 50, sqliteP99BelowMs: 150 };
const rounds = 5;
const sqlite = await benchSqlite(events, 100, rounds);
const nats = await benchNats(events, 256, rounds);
const result = {
  bench: 'log',
  at: new Date().toISOString(),
  machine: { cpus: cpus().length, node: process.version },
  events,
  targets,
  sqlite,
  nats,
  met: {
    sqliteRatios: Math.min(sqlite.ratios.append, sqlite.ratios.consume) >= targets.ratioAtLeast,
    natsRatios: Math.min(nats.ratios.append, nats.ratios.consume) >= targets.ratioAtLeast,
    sqliteP99:
      Math.max(sqlite.publishToApplied.p99Ms, sqlite.publishToAppliedCrossProcess.p99Ms) <
      targets.sqliteP99BelowMs,
    natsP99:
      Math.max(nats.publishToApplied.p99Ms, nats.publishToAppliedCrossProcess.p99Ms) <
      targets.natsP99BelowMs,
  },
};

const text = JSON.stringify(result, null, 2);
console.log(text);
const dir = fileURLToPath(new URL('../results/', import.meta.url));
mkdirSync(dir, { recursive: true });
writeFileSync(`${dir}log-${result.at.replace(/[:.]/g, '-')}.json`, `${text}\n`);
