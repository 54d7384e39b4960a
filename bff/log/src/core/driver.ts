import type { ConsumerCheckpoint, EventLog, Offset } from '../types.js';

/** An event ready to store: its id (for de-duplication) and its encoded envelope minus the offset. */
export interface StoredEvent {
  id: string;
  body: string;
}

export interface RawRecord {
  offset: Offset;
  body: string;
}

/** Reads a stream forward from a position; next() waits for new records until aborted. */
export interface Cursor {
  next(max: number, signal: AbortSignal): Promise<RawRecord[]>;
  close(): Promise<void>;
}

/**
 * What an adapter implements. The shared core (createEventLog) adds validation, decoding,
 * following, durable consumers, dead letters and metrics on top, so semantics match everywhere.
 *
 * append must: be atomic per batch, return the stored offset for an id already in the stream,
 * and throw LOG_004 without writing when expectedHead is given (null = 0) and differs from the head.
 */
export interface LogDriver {
  readonly adapter: EventLog['adapter'];
  append(
    stream: string,
    events: StoredEvent[],
    expectedHead: Offset | null | undefined,
  ): Promise<Offset[]>;
  read(stream: string, after: Offset, limit: number): Promise<RawRecord[]>;
  openCursor(stream: string, after: Offset): Cursor;
  head(stream: string): Promise<Offset>;
  streams(): Promise<string[]>;
  getCheckpoint(consumer: string, stream: string): Promise<Offset>;
  setCheckpoint(consumer: string, stream: string, offset: Offset): Promise<void>;
  checkpoints(): Promise<ConsumerCheckpoint[]>;
  close(): Promise<void>;
}
