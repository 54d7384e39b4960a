/**
 * Worker thread entry: reads the articles stream from the log and prepares
 * each batch for the index (decoding, Markdown to plain text, words to term
 * ids), so the main thread only has to add them. See `catch-up.ts`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openEventLog, type EventEnvelope, type EventLog, type InvalidRecord } from '@tessera/log';
import type { CatchUpWorkerData, FromCatchUpWorker, ReturnedWords } from './catch-up-protocol.js';
import { BatchPreparer, batchWords, transferListOf, type BatchWords } from './prepared-batch.js';

const port = parentPort!;
const options = workerData as CatchUpWorkerData;

/**
 * Batch buffers, `size` of them: taking one waits until the main thread has
 * handed one back. Counts the batches of either kind the main thread has not
 * applied yet.
 */
function bufferPool(size: number) {
  const free: BatchWords[] = Array.from({ length: size }, () => batchWords());
  const waiting: ((words: BatchWords) => void)[] = [];
  let sent = 0;
  port.on('message', ({ words }: ReturnedWords) => {
    const next = waiting.shift();
    if (next) next(words);
    else free.push(words);
  });
  return {
    get inFlight() {
      return sent - Atomics.load(options.applied, 0);
    },
    sent: () => void sent++,
    take: (): Promise<BatchWords> =>
      free.length ? Promise.resolve(free.pop()!) : new Promise((resolve) => waiting.push(resolve)),
  };
}

const send = (message: FromCatchUpWorker, transfer: ArrayBuffer[] = []) =>
  port.postMessage(message, transfer);

/** Sends every event of the stream up to its head as it is now. */
async function catchUp(log: EventLog): Promise<void> {
  const head = await log.head(options.stream);
  if (head === 0) return;
  const pool = bufferPool(options.buffers);
  const preparer = new BatchPreparer();
  const follower = log.follow(
    options.stream,
    { after: 0, batchSize: options.batchSize, onInvalid },
    onBatch,
  );
  // Not awaited: the follower finishes the batch in hand, then stops reading.
  const reached = (offset: number) => offset >= head && void follower.stop();

  async function onBatch(events: EventEnvelope[]) {
    // Preparing takes longer than adding: a main thread about to run out of work prepares this batch itself.
    if (pool.inFlight < options.shareBelow) {
      preparer.pass(events);
      send({ kind: 'events', events });
    } else {
      const batch = preparer.prepare(events, await pool.take());
      send(batch, transferListOf(batch.words));
    }
    pool.sent();
    reached(events[events.length - 1]!.offset);
  }
  function onInvalid(record: InvalidRecord) {
    send({ kind: 'invalid', offset: record.offset, message: record.error.message });
    reached(record.offset);
  }
  await follower.done;
}

const log = await openEventLog(options.url, { producer: 'bff-search' });
try {
  await catchUp(log);
} finally {
  await log.close();
}
// The main thread ends this thread when it reads this.
send({ kind: 'done' });
