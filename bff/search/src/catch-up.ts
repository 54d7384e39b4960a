import { Worker } from 'node:worker_threads';
import type { Logger } from '@tessera/kit';
import { LogError, LogErrorCode, type CatchUpContext, type EventLog } from '@tessera/log';
import { BatchApplier } from './batch-applier.js';
import type { CatchUpWorkerData, FromCatchUpWorker, ReturnedWords } from './catch-up-protocol.js';
import { transferListOf } from './prepared-batch.js';
import type { SearchIndex } from './search-index.js';

export interface WorkerCatchUpOptions {
  /** The projection's log, to see whether the stream is long enough for a worker. */
  log: EventLog;
  /** Fewer events than this are folded by the projection itself, without a worker (default 20 000). */
  workerFrom?: number;
  /** The log's URL (not `memory:`, which another thread cannot see): the worker opens its own connection. */
  url: string;
  stream: string;
  /** Events per batch (default 1000). */
  batchSize?: number;
  /** Batches in flight between the threads (default 3). */
  buffers?: number;
  /** Batches in flight below which this thread gets events to prepare itself (default 2: one or none queued). */
  shareBelow?: number;
  /** The worker's module (default `catch-up-worker.mjs`). */
  workerUrl?: URL;
  logger?: Logger;
  /** Called once per event applied, for the events-applied metric. */
  onApplied?: () => void;
}

const WORKER = new URL('./catch-up-worker.mjs', import.meta.url);

/**
 * The start of the stream folded with a second thread: a worker reads the log
 * and prepares batches (`prepared-batch.ts`), this thread adds them to the
 * index. If the worker cannot start or fails, it resolves where it got to and
 * the projection reads the rest itself: slower, but the same index.
 */
export function workerCatchUp(
  options: WorkerCatchUpOptions,
): (context: CatchUpContext<SearchIndex>) => Promise<void> {
  return async (context) => {
    // The worker's preparer must read the stream from its start (see BatchPreparer).
    if (context.signal.aborted || context.offset > 0) return;
    // A worker takes about a second to start (it loads its own modules), in which this
    // thread alone folds some 15k events: below about twice that, no worker is sooner.
    const head = await options.log.head(options.stream);
    if (head < (options.workerFrom ?? 20_000)) return;
    await foldWithWorker(options, context);
  };
}

function foldWithWorker(
  options: WorkerCatchUpOptions,
  context: CatchUpContext<SearchIndex>,
): Promise<void> {
  return new Promise<void>((resolve) => {
    const data: CatchUpWorkerData = {
      url: options.url,
      stream: options.stream,
      batchSize: options.batchSize ?? 1000,
      buffers: options.buffers ?? 3,
      shareBelow: options.shareBelow ?? 2,
      applied: new Int32Array(new SharedArrayBuffer(4)),
    };
    const worker = new Worker(options.workerUrl ?? WORKER, { workerData: data });
    const applier = new BatchApplier(options.onApplied);
    let finished = false;
    const stop = () => void worker.terminate();
    const finish = () => {
      finished = true;
      context.signal.removeEventListener('abort', stop);
      resolve();
    };
    const onMessage = (message: FromCatchUpWorker) => {
      if (message.kind === 'batch') {
        applier.apply(message, context);
        Atomics.add(data.applied, 0, 1);
        const returned: ReturnedWords = { kind: 'words', words: message.words };
        worker.postMessage(returned, transferListOf(message.words));
      } else if (message.kind === 'events') {
        applier.applyEvents(message.events, context);
        Atomics.add(data.applied, 0, 1);
      } else if (message.kind === 'invalid') {
        const error = new LogError(LogErrorCode.CorruptRecord, message.message, {
          stream: options.stream,
          offset: message.offset,
        });
        context.skipped(message.offset, error);
      } else {
        options.logger?.info({ offset: context.offset }, 'caught up with a worker thread');
        // Its log is closed; what else it holds (the TypeScript loader's port) would keep it alive.
        stop();
        finish();
      }
    };
    worker.on('message', (message: FromCatchUpWorker) => {
      // Once resolved, the projection's own follower owns the index.
      if (finished) return;
      try {
        onMessage(message);
      } catch (error) {
        options.logger?.error({ err: error, offset: context.offset }, 'catch-up batch failed');
        stop();
      }
    });
    worker.on('error', (error) => {
      options.logger?.warn(
        { err: error, offset: context.offset },
        'catch-up worker failed; the projection reads the rest of the log itself',
      );
    });
    worker.on('exit', finish);
    context.signal.addEventListener('abort', stop, { once: true });
  });
}
