import type { EventEnvelope } from '@tessera/log';
import type { BatchWords, PreparedBatch } from './prepared-batch.js';

/** What the catch-up worker is started with. */
export interface CatchUpWorkerData {
  /** The log's URL: the worker opens a connection of its own. */
  url: string;
  stream: string;
  batchSize: number;
  /** Batches in flight at most: the worker waits for the main thread past that. */
  buffers: number;
  /** Fewer batches in flight than this: the main thread is short of work, so it gets events to prepare itself. */
  shareBelow: number;
  /**
   * [0]: batches the main thread has applied. Shared memory, not a message:
   * the worker reads it while busy, when it handles no messages.
   */
  applied: Int32Array<SharedArrayBuffer>;
}

/** Worker → main thread, in log order. */
export type FromCatchUpWorker =
  | PreparedBatch
  /** Decoded events the main thread prepares itself, as it would without a worker. */
  | { kind: 'events'; events: EventEnvelope[] }
  /** A record the log could not decode: skipped, as the projection skips it. */
  | { kind: 'invalid'; offset: number; message: string }
  /** Everything up to the head the worker saw when it started has been sent. */
  | { kind: 'done' };

/** Main thread → worker: the buffers of a batch it has applied, for the next one. */
export interface ReturnedWords {
  kind: 'words';
  words: BatchWords;
}
