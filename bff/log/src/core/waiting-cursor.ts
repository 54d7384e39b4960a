import type { Offset } from '../types.js';
import type { Cursor, RawRecord } from './driver.js';

export interface WaitingCursorDeps {
  read(stream: string, after: Offset, limit: number): Promise<RawRecord[]>;
  /** Resolves once the stream may hold records after `after`, or when the signal aborts. */
  waitForMore(stream: string, after: Offset, signal: AbortSignal): Promise<void>;
}

/** A cursor for stores that can be queried by offset: read a page, or wait for an append. */
export function waitingCursor(deps: WaitingCursorDeps, stream: string, after: Offset): Cursor {
  let position = after;
  return {
    async next(max, signal) {
      while (!signal.aborted) {
        const records = await deps.read(stream, position, max);
        if (records.length > 0) {
          position = records[records.length - 1]!.offset;
          return records;
        }
        await deps.waitForMore(stream, position, signal);
      }
      return [];
    },
    async close() {},
  };
}
