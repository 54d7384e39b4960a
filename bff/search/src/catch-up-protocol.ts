import type { BatchWords, PreparedBatch } from './prepared-batch.js';

/** What the catch-up worker is started with. */
export interface CatchUpWorkerData {
  /** The log's URL: the worker opens a connection of its own. */
  url: string;
  stream: string;
  batchSize: number;
  /** Batches in flight at most: the worker waits for the main thread past that. */
  buffers: number;
}

/** Worker → main thread, in log order. */
export type FromCatchUpWorker =
  | PreparedBatch
  /** A record the log could not decode: skipped, as the projection skips it. */
  | { kind: 'invalid'; offset: number; message: string }
  /** Everything up to the head the worker saw when it started has been sent. */
  | { kind: 'done' };

/** Main thread → worker: the buffers of a batch it has applied, for the next one. */
export interface ReturnedWords {
  kind: 'words';
  words: BatchWords;
}
