import {
  jetstream,
  jetstreamManager,
  JetStreamApiCodes,
  JetStreamApiError,
} from '@nats-io/jetstream';
import type { StreamConfig } from '@nats-io/jetstream';
import { connect, nanos } from '@nats-io/transport-node';
import type { Logger } from 'pino';
import type { Cursor, LogDriver, StoredEvent } from '../../core/driver.js';
import { natsCheckpoints } from './checkpoints.js';
import { natsCursor } from './cursor.js';
import { createNaming } from './naming.js';
import { createPublisher } from './publish.js';
import { readRange } from './read.js';
import { withRetry, type RetryContext } from './retry.js';

export interface NatsDriverOptions {
  servers: string[];
  replicas?: number;
  appendDeadlineMs?: number;
  namespace?: string;
  logger?: Logger;
}

const STREAM_IN_USE = 10058;
const notFound = (error: unknown) =>
  error instanceof JetStreamApiError && error.code === JetStreamApiCodes.StreamNotFound;

/** JetStream (server 2.9): one stream per log stream, created on demand, offsets = sequences. */
export async function createNatsDriver(options: NatsDriverOptions): Promise<LogDriver> {
  const naming = createNaming(options.namespace ?? 'log');
  const replicas = options.replicas ?? (options.servers.length >= 3 ? 3 : 1);
  let closed = false;
  const retry = (what: string): RetryContext => ({
    deadlineMs: options.appendDeadlineMs ?? 15_000,
    isClosed: () => closed,
    what,
  });
  const nc = await withRetry(retry(`connecting to ${options.servers.join(',')}`), (timeout) =>
    connect({
      servers: options.servers,
      timeout,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 250,
      reconnectJitter: 250,
    }),
  );
  const js = jetstream(nc);
  // No API check at start: during an election it would fail; every call below retries instead.
  const jsm = await jetstreamManager(nc, { checkAPI: false });
  const reconnectListeners = new Set<() => void>();
  void (async () => {
    for await (const status of nc.status()) {
      if (status.type === 'reconnect') for (const listener of reconnectListeners) listener();
    }
  })();
  const onReconnect = (listener: () => void) => {
    reconnectListeners.add(listener);
    return () => void reconnectListeners.delete(listener);
  };
  const checkpoints = natsCheckpoints(js, jsm, naming);

  const created = new Map<string, Promise<void>>();
  const ensure = (name: string, config: Partial<StreamConfig>): Promise<void> => {
    let pending = created.get(name);
    if (!pending) {
      pending = withRetry(retry(`creating stream ${name}`), async () => {
        try {
          await jsm.streams.info(name);
        } catch (error) {
          if (!notFound(error)) throw error;
          await jsm.streams.add({ name, ...config }).catch((e: unknown) => {
            if (!(e instanceof JetStreamApiError && e.code === STREAM_IN_USE)) throw e;
          });
        }
      });
      created.set(name, pending);
      pending.catch(() => created.delete(name));
    }
    return pending;
  };
  const ensureLogStream = (stream: string) =>
    ensure(naming.streamName(stream), {
      subjects: [naming.subject(stream)],
      num_replicas: replicas,
      // Idempotency by event id holds within this window on NATS (forever on SQLite).
      duplicate_window: nanos(10 * 60_000),
    });
  const ensureCheckpoints = () => ensure(naming.checkpointStream, checkpoints.config(replicas));

  const head = (stream: string) =>
    withRetry(retry(`reading the head of ${stream}`), async () => {
      try {
        return (await jsm.streams.info(naming.streamName(stream))).state.last_seq;
      } catch (error) {
        if (notFound(error)) return 0;
        throw error;
      }
    });

  const cursors = new Set<Cursor>();
  const publisher = createPublisher({ js, retry: retry('appending') });

  return {
    adapter: 'nats',
    async append(stream: string, events: StoredEvent[], expectedHead) {
      await ensureLogStream(stream);
      return publisher.publishBatch(naming.subject(stream), events, expectedHead);
    },
    read: async (stream, after, limit) => {
      const last = await head(stream);
      if (last <= after || limit === 0) return [];
      return withRetry(retry(`reading ${stream}`), () =>
        readRange(js, naming.streamName(stream), after, Math.min(limit, last - after)),
      );
    },
    openCursor(stream, after) {
      const cursor = natsCursor({
        streamName: naming.streamName(stream),
        after,
        open: async (startSeq) => {
          await ensureLogStream(stream);
          const consumer = await js.consumers.get(naming.streamName(stream), {
            opt_start_seq: startSeq,
          });
          // A short expiry means missed heartbeats are noticed within seconds, not half a minute.
          return consumer.consume({ max_messages: 1_000, expires: 5_000 });
        },
        onReconnect,
        logger: options.logger,
      });
      // Closing the log ends its cursors too, rather than leaving them retrying forever.
      cursors.add(cursor);
      return {
        next: (max, signal) => cursor.next(max, signal),
        close: async () => {
          cursors.delete(cursor);
          await cursor.close();
        },
      };
    },
    head,
    streams: () =>
      withRetry(retry('listing streams'), async () => {
        const names: string[] = [];
        for await (const name of jsm.streams.names()) {
          const stream = naming.logStream(name);
          if (stream) names.push(stream);
        }
        return names.sort();
      }),
    async getCheckpoint(consumer, stream) {
      await ensureCheckpoints();
      return withRetry(retry('reading a checkpoint'), () => checkpoints.get(consumer, stream));
    },
    async setCheckpoint(consumer, stream, offset) {
      await ensureCheckpoints();
      await withRetry(retry('writing a checkpoint'), (timeout) =>
        checkpoints.set(consumer, stream, offset, timeout),
      );
    },
    async checkpoints() {
      await ensureCheckpoints();
      return withRetry(retry('listing checkpoints'), () => checkpoints.list());
    },
    async close() {
      closed = true;
      await Promise.all([...cursors].map((cursor) => cursor.close()));
      await nc.close();
    },
  };
}
