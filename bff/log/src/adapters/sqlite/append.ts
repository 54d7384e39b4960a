import type Database from 'better-sqlite3';
import type { StoredEvent } from '../../core/driver.js';
import { LogError, LogErrorCode } from '../../errors.js';
import type { Statements } from './schema.js';

/**
 * The append transaction. The unique (stream, id) index does the de-duplication: an insert
 * that hits it changes nothing and we look up the original offset, so the common path is
 * one insert per event. Run it with .immediate() so the head read is under the write lock.
 */
export function createAppendTransaction(db: Database.Database, sql: Statements) {
  const headOf = (stream: string) => sql.head.get(stream)?.head ?? 0;
  const existingOffset = (stream: string, id: string) => sql.findId.get(stream, id)?.offset;

  return db.transaction(
    (stream: string, events: StoredEvent[], expectedHead: number | null | undefined) => {
      let head = headOf(stream);
      if (expectedHead !== undefined && (expectedHead ?? 0) !== head) {
        // A retry of an append that already landed is answered with its offsets, not a conflict.
        const existing = events.map((e) => existingOffset(stream, e.id));
        if (existing.every((offset) => offset !== undefined)) return existing as number[];
        throw new LogError(
          LogErrorCode.Conflict,
          `stream "${stream}" moved: head is ${head}, expected ${expectedHead ?? 0}; re-read and retry`,
          { stream, head, expectedHead },
        );
      }
      return events.map((event) => {
        if (sql.insert.run(stream, head + 1, event.id, event.body).changes === 1) return ++head;
        return existingOffset(stream, event.id)!;
      });
    },
  );
}
