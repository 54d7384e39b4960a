import type Database from 'better-sqlite3';

/**
 * One row per event. The body is the encoded envelope minus the offset; id is unique per
 * stream for de-duplication. WITHOUT ROWID keeps rows clustered by (stream, offset) so reading
 * a whole stream from 0 is one sequential range scan.
 */
export function migrate(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS events (
      stream TEXT NOT NULL,
      offset INTEGER NOT NULL,
      id TEXT NOT NULL,
      body TEXT NOT NULL,
      PRIMARY KEY (stream, offset)
    ) WITHOUT ROWID;
    CREATE UNIQUE INDEX IF NOT EXISTS events_id ON events (stream, id);
    CREATE TABLE IF NOT EXISTS checkpoints (
      consumer TEXT NOT NULL,
      stream TEXT NOT NULL,
      offset INTEGER NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (consumer, stream)
    ) WITHOUT ROWID;
  `);
}

export function prepareStatements(db: Database.Database) {
  return {
    head: db.prepare<[string], { head: number | null }>(
      'SELECT max(offset) AS head FROM events WHERE stream = ?',
    ),
    findId: db.prepare<[string, string], { offset: number }>(
      'SELECT offset FROM events WHERE stream = ? AND id = ?',
    ),
    insert: db.prepare<[string, number, string, string]>(
      'INSERT INTO events (stream, offset, id, body) VALUES (?, ?, ?, ?) ON CONFLICT (stream, id) DO NOTHING',
    ),
    read: db.prepare<[string, number, number], { offset: number; body: string }>(
      'SELECT offset, body FROM events WHERE stream = ? AND offset > ? ORDER BY offset LIMIT ?',
    ),
    streams: db.prepare<[], { stream: string }>(
      'SELECT DISTINCT stream FROM events ORDER BY stream',
    ),
    getCheckpoint: db.prepare<[string, string], { offset: number }>(
      'SELECT offset FROM checkpoints WHERE consumer = ? AND stream = ?',
    ),
    setCheckpoint: db.prepare<[string, string, number, string]>(
      `INSERT INTO checkpoints (consumer, stream, offset, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (consumer, stream) DO UPDATE SET offset = excluded.offset, updated_at = excluded.updated_at`,
    ),
    checkpoints: db.prepare<[], { consumer: string; stream: string; offset: number }>(
      'SELECT consumer, stream, offset FROM checkpoints ORDER BY consumer, stream',
    ),
    dataVersion: db.prepare<[], { data_version: number }>('PRAGMA data_version'),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;
