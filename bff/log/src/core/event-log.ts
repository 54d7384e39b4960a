import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import { LogError, LogErrorCode } from '../errors.js';
import { standardCatalog } from '../schemas/index.js';
import type { Catalog } from '../schemas/catalog.js';
import type { EventLog } from '../types.js';
import { decodeRecord, encodeEvent } from './codec.js';
import { runConsumer } from './consume.js';
import type { LogDriver } from './driver.js';
import { runFollower } from './follow.js';
import { createLogMetrics } from './metrics.js';
import { checkName, checkOffset } from './names.js';

export interface EventLogOptions {
  /** Service name stamped on every event this process appends. */
  producer?: string;
  /** Schema catalog (default: the standard one); extend it for private event types. */
  catalog?: Catalog;
  /** Prometheus registry for the log's counters; none = no metrics. */
  metrics?: Registry;
  logger?: Logger;
}

const MAX_BATCH = 10_000;

/** Wraps an adapter's driver with the behaviour every adapter shares. */
export function createEventLog(driver: LogDriver, options: EventLogOptions = {}): EventLog {
  const catalog = options.catalog ?? standardCatalog();
  const producer = options.producer ?? 'unknown';
  const metrics = createLogMetrics(options.metrics);
  let closed = false;
  const open = () => {
    if (closed) throw new LogError(LogErrorCode.Closed, 'the event log is closed; open a new one');
  };

  const log: EventLog = {
    adapter: driver.adapter,
    catalog,
    async append(stream, events, appendOptions = {}) {
      open();
      checkName('stream', stream);
      if (!Array.isArray(events) || events.length === 0 || events.length > MAX_BATCH) {
        throw new LogError(LogErrorCode.BadArgument, `append takes 1..${MAX_BATCH} events`);
      }
      const expected = appendOptions.expectedHead;
      if (expected !== undefined && expected !== null) checkOffset('expectedHead', expected);
      const stored = events.map((event) => encodeEvent(catalog, stream, producer, event));
      const offsets = await driver.append(stream, stored, expected);
      metrics.appended(stream, stored.length);
      return { offsets };
    },
    async read(stream, readOptions = {}) {
      open();
      checkName('stream', stream);
      const after = checkOffset('after', readOptions.after ?? 0);
      const limit = checkOffset('limit', readOptions.limit ?? 1000);
      const records = await driver.read(stream, after, limit);
      return records.map((record) => {
        const decoded = decodeRecord(catalog, stream, record);
        if (!decoded.ok) throw decoded.error;
        return decoded.event;
      });
    },
    follow(stream, followOptions, handler) {
      open();
      checkName('stream', stream);
      const after = checkOffset('after', followOptions.after ?? 0);
      return runFollower({
        driver,
        catalog,
        stream,
        batchSize: followOptions.batchSize ?? 1000,
        start: async () => after,
        handler,
        onInvalid: followOptions.onInvalid,
        logger: options.logger,
      });
    },
    consume(consumeOptions) {
      open();
      checkName('stream', consumeOptions.stream);
      checkName('consumer', consumeOptions.consumer);
      return runConsumer({ driver, catalog, log, metrics, logger: options.logger }, consumeOptions);
    },
    async head(stream) {
      open();
      return driver.head(checkName('stream', stream));
    },
    async streams() {
      open();
      return driver.streams();
    },
    async checkpoints() {
      open();
      return driver.checkpoints();
    },
    async setCheckpoint(consumer, stream, offset) {
      open();
      await driver.setCheckpoint(
        checkName('consumer', consumer),
        checkName('stream', stream),
        checkOffset('offset', offset),
      );
    },
    async close() {
      if (closed) return;
      closed = true;
      await driver.close();
    },
  };
  return log;
}
