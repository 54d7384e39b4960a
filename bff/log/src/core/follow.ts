import type { Logger } from 'pino';
import type { Catalog } from '../schemas/catalog.js';
import type { BatchHandler, EventEnvelope, Follower, InvalidRecord, Offset } from '../types.js';
import { decodeRecord } from './codec.js';
import type { LogDriver, RawRecord } from './driver.js';
import { untilAvailable } from './until-available.js';

export interface FollowLoopOptions {
  driver: LogDriver;
  catalog: Catalog;
  stream: string;
  /** Where to start; async so durable consumers can load their checkpoint first. */
  start: () => Promise<Offset>;
  batchSize: number;
  handler: BatchHandler;
  onInvalid?: (record: InvalidRecord) => void | Promise<void>;
  /** Called after each batch (valid and invalid records) is fully handled. */
  onBatchDone?: (lastOffset: Offset) => void | Promise<void>;
  logger?: Logger;
}

/** The one read loop behind follow() and consume(): decode, hand over in order, then advance. */
export function runFollower(options: FollowLoopOptions): Follower {
  const { driver, catalog, stream, handler } = options;
  const controller = new AbortController();
  let position = 0;

  const handleBatch = async (records: RawRecord[]) => {
    let pending: EventEnvelope[] = [];
    for (const record of records) {
      const decoded = decodeRecord(catalog, stream, record);
      if (decoded.ok) {
        pending.push(decoded.event);
        continue;
      }
      if (pending.length) await handler(pending);
      pending = [];
      if (!options.onInvalid) throw decoded.error;
      await options.onInvalid({ stream, offset: record.offset, error: decoded.error });
    }
    if (pending.length) await handler(pending);
  };

  const persistently = <T>(what: string, call: () => Promise<T>) =>
    untilAvailable(what, call, { signal: controller.signal, logger: options.logger });

  const recordProgress = async (offset: Offset) => {
    const { onBatchDone } = options;
    if (onBatchDone)
      await persistently(`recording ${stream}@${offset}`, async () => onBatchDone(offset));
  };

  const done = (async () => {
    position = await persistently(`loading the position of a ${stream} reader`, options.start);
    const cursor = driver.openCursor(stream, position);
    try {
      while (!controller.signal.aborted) {
        const records = await cursor.next(options.batchSize, controller.signal);
        if (records.length === 0) continue;
        await handleBatch(records);
        position = records[records.length - 1]!.offset;
        await recordProgress(position);
      }
    } finally {
      await cursor.close();
    }
  })();
  // The caller may never look at `done`; the error still reaches whoever awaits it.
  done.catch(() => {});

  return {
    get position() {
      return position;
    },
    async stop() {
      controller.abort();
      await done.catch(() => {});
    },
    done,
  };
}
