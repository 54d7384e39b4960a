import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openEventLog, type EventEnvelope } from '@tessera/log';
import { crossProcessLatency } from './cross-process.js';
import { publishToApplied } from './latency.js';
import { alternate, bestOf, benchEvent, rawEnvelope, timed, type Pair } from './measure.js';

/** Raw better-sqlite3: batched inserts and a paged range scan on the same schema, WAL, NORMAL. */
async function raw(path: string, count: number, batch: number): Promise<Pair> {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(
    'CREATE TABLE raw (stream TEXT, offset INTEGER, id TEXT, body TEXT, PRIMARY KEY (stream, offset)) WITHOUT ROWID',
  );
  db.exec('CREATE UNIQUE INDEX raw_id ON raw (stream, id)');
  const insert = db.prepare('INSERT INTO raw VALUES (?, ?, ?, ?)');
  // Same ids (random UUIDs, as producers send) and the same JSON serialisation as the adapter.
  const envelopes = Array.from({ length: count }, (_, i) => rawEnvelope(i));
  const insertBatch = db.transaction((from: number) => {
    for (let i = from; i < from + batch; i++) {
      insert.run('bench', i + 1, envelopes[i]!.id, JSON.stringify(envelopes[i]));
    }
  });
  const append = await timed(count, async () => {
    for (let i = 0; i < count; i += batch) insertBatch(i);
  });
  const scan = db.prepare(
    'SELECT offset, body FROM raw WHERE stream = ? AND offset > ? ORDER BY offset LIMIT 1000',
  );
  const consume = await bestOf(3, count, async () => {
    for (let after = 0; after < count;) {
      const rows = scan.all('bench', after) as { offset: number; body: string }[];
      for (const row of rows) JSON.parse(row.body);
      after = rows[rows.length - 1]!.offset;
    }
  });
  db.close();
  return { append, consume };
}

async function adapter(path: string, count: number, batch: number): Promise<Pair> {
  const log = await openEventLog(`sqlite:${path}`, { producer: 'bench' });
  const events = Array.from({ length: count }, (_, i) => benchEvent(i));
  const append = await timed(count, async () => {
    for (let i = 0; i < count; i += batch) {
      await log.append('bench', events.slice(i, i + batch));
    }
  });
  const consume = await bestOf(3, count, async () => {
    let seen = 0;
    const follower = log.follow('bench', { batchSize: 1000 }, (batchRead: EventEnvelope[]) => {
      seen += batchRead.length;
      if (seen >= count) void follower.stop();
    });
    await follower.done;
  });
  await log.close();
  return { append, consume };
}

export async function benchSqlite(count: number, batch: number, rounds: number) {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-bench-sqlite-'));
  try {
    const measured = await alternate(
      rounds,
      (round) => raw(join(dir, `raw-${round}.db`), count, batch),
      (round) => adapter(join(dir, `log-${round}.db`), count, batch),
    );
    const url = `sqlite:${join(dir, 'latency.db')}`;
    const log = await openEventLog(url, { producer: 'bench' });
    const latency = await publishToApplied(log, 'latency', 500, 2);
    const crossProcess = await crossProcessLatency(url, log, 300, 5);
    await log.close();
    return {
      adapter: 'sqlite',
      batch,
      ...measured,
      publishToApplied: latency,
      publishToAppliedCrossProcess: crossProcess,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
