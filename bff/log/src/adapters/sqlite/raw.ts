import Database from 'better-sqlite3';

/** Writes a raw record straight into the file, as a crash or a bad tool would (tests only). */
export function injectRawSqlite(path: string, stream: string, body: string): void {
  const db = new Database(path);
  try {
    db.transaction(() => {
      const { head } = db
        .prepare('SELECT coalesce(max(offset), 0) AS head FROM events WHERE stream = ?')
        .get(stream) as {
        head: number;
      };
      db.prepare('INSERT INTO events (stream, offset, id, body) VALUES (?, ?, ?, ?)').run(
        stream,
        head + 1,
        `raw-${head + 1}`,
        body,
      );
    }).immediate();
  } finally {
    db.close();
  }
}
