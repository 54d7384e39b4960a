/**
 * The rebuild alone, for profiling: seeds a SQLite log at BENCH_LOG (once; kept
 * between runs) and measures reading it and rebuilding the search projection.
 * Run: pnpm --filter @tessera/bench exec node --expose-gc --import tsx bff/rebuild-only.ts
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { openEventLog } from '@tessera/log';
import { measureLogRead, measureRebuild } from './rebuild.js';
import { seedArticles } from './seed.js';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const path = process.env.BENCH_LOG ?? join(tmpdir(), `tessera-bench-bff-${ARTICLES}.db`);

const seeded = existsSync(path);
const url = `sqlite:${path}`;
const log = await openEventLog(url, { producer: 'bench' });
if (!seeded) console.log(`seeded ${JSON.stringify(await seedArticles(log, ARTICLES, 42))}`);
for (let round = 1; round <= ROUNDS; round++) {
  const logRead = await measureLogRead(log);
  const { figures, projection } = await measureRebuild(log, url);
  await projection.stop();
  const ratio = Math.round((figures.seconds / logRead.seconds) * 100) / 100;
  console.log(JSON.stringify({ round, logRead, rebuild: figures, rebuildToLogRead: ratio }));
}
await log.close();
