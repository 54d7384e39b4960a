import type { ConsumerMessages, JetStreamClient } from '@nats-io/jetstream';
import type { Logger } from 'pino';
import { backoffDelay, sleep } from '../../core/backoff.js';
import type { Cursor, RawRecord } from '../../core/driver.js';
import { LogError, LogErrorCode } from '../../errors.js';

export interface NatsCursorOptions {
  js: JetStreamClient;
  streamName: string;
  after: number;
  /** Resolves once the JetStream stream exists (created on demand). */
  ready: () => Promise<void>;
  /** Subscribes to client reconnects; returns an unsubscribe function. */
  onReconnect: (listener: () => void) => () => void;
  logger?: Logger;
}

const HIGH_WATER = 4_000;

/**
 * An ordered consumer (ephemeral, flow-controlled, recreated by the client at the right
 * sequence after a gap) pumped into a bounded buffer. If it dies (server restart, leader
 * change), a new one starts after the last record buffered: no gap, no duplicate.
 */
export function natsCursor(options: NatsCursorOptions): Cursor {
  const buffer: RawRecord[] = [];
  let position = options.after;
  let closed = false;
  let messages: ConsumerMessages | undefined;
  let wake: (() => void) | undefined;
  let drained: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };

  /** Returns whether it delivered anything, so a failing consumer backs off harder. */
  const pumpOnce = async (): Promise<boolean> => {
    const start = position;
    await options.ready();
    const consumer = await options.js.consumers.get(options.streamName, {
      opt_start_seq: position + 1,
    });
    // A short expiry means missed heartbeats are noticed within seconds, not half a minute.
    messages = await consumer.consume({ max_messages: 1_000, expires: 5_000 });
    // close() may have run while the consumer was being created.
    if (closed) messages.stop();
    for await (const msg of messages) {
      if (closed) break;
      if (msg.seq <= position) continue;
      position = msg.seq;
      buffer.push({ offset: msg.seq, body: msg.string() });
      notify();
      if (buffer.length >= HIGH_WATER) await new Promise<void>((resolve) => (drained = resolve));
    }
    return position > start;
  };

  // After a reconnect the server may have lost the ephemeral consumer (restart): start afresh.
  const unsubscribe = options.onReconnect(() => messages?.stop());

  const pump = (async () => {
    for (let attempt = 0; !closed; attempt++) {
      try {
        if (await pumpOnce()) attempt = 0;
      } catch (error) {
        if (!closed)
          options.logger?.warn(
            { err: error, stream: options.streamName },
            'NATS cursor restarting',
          );
      }
      if (!closed) await sleep(backoffDelay(attempt, 100, 2_000));
    }
  })();

  return {
    async next(max, signal) {
      while (buffer.length === 0 && !signal.aborted && !closed) {
        await new Promise<void>((resolve) => {
          const done = () => {
            signal.removeEventListener('abort', done);
            resolve();
          };
          wake = done;
          signal.addEventListener('abort', done, { once: true });
        });
      }
      if (closed)
        throw new LogError(LogErrorCode.Closed, 'the event log is closed; open a new one');
      const records = buffer.splice(0, max);
      if (buffer.length < HIGH_WATER / 2) {
        drained?.();
        drained = undefined;
      }
      return records;
    },
    async close() {
      closed = true;
      unsubscribe();
      notify();
      drained?.();
      messages?.stop();
      await pump;
    },
  };
}
