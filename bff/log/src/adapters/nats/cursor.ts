import type { Logger } from 'pino';
import { backoffDelay, sleep } from '../../core/backoff.js';
import type { Cursor, RawRecord } from '../../core/driver.js';
import { LogError, LogErrorCode, isLogError } from '../../errors.js';
import { isRetryable } from './retry.js';
import { MAX_MISSED_HEARTBEATS, stopWhenSilent, type OrderedMessages } from './silence.js';

export type { OrderedMessages } from './silence.js';

export interface NatsCursorOptions {
  streamName: string;
  after: number;
  /** Starts an ordered consumer at stream sequence `startSeq`. */
  open: (startSeq: number) => Promise<OrderedMessages>;
  /** Subscribes to client reconnects; returns an unsubscribe function. */
  onReconnect: (listener: () => void) => () => void;
  /** Idle heartbeats missed in a row after which the consumer is replaced (default 3). */
  maxMissedHeartbeats?: number;
  logger?: Logger;
}

const HIGH_WATER = 4_000;

function readFailed(streamName: string, error: unknown): LogError {
  if (isLogError(error)) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new LogError(
    LogErrorCode.ReadFailed,
    `reading ${streamName} failed (${reason}); check the stream and the client's permissions`,
    { stream: streamName },
    { cause: error },
  );
}

/**
 * An ordered consumer pumped into a bounded buffer. If it ends (reconnect, server restart) or
 * goes silent (its server died), a new one starts after the last record buffered: no gap, no
 * duplicate. Transient
 * errors are retried until close(); an error retrying cannot fix ends the cursor with a LogError.
 */
export function natsCursor(options: NatsCursorOptions): Cursor {
  const { streamName, logger } = options;
  const maxMissed = options.maxMissedHeartbeats ?? MAX_MISSED_HEARTBEATS;
  const buffer: RawRecord[] = [];
  const closing = new AbortController();
  let position = options.after;
  let failure: LogError | undefined;
  let messages: OrderedMessages | undefined;
  let wake: (() => void) | undefined;
  let drained: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };

  const silent = () =>
    logger?.warn({ stream: streamName, position }, 'NATS consumer went silent; replacing it');

  /** Returns whether it delivered anything, so a failing consumer backs off harder. */
  const pumpOnce = async (): Promise<boolean> => {
    const start = position;
    const current = await options.open(position + 1);
    messages = current;
    // close() may have run while the consumer was being created.
    if (closing.signal.aborted) current.stop();
    void stopWhenSilent(current, silent, maxMissed);
    for await (const msg of current) {
      if (closing.signal.aborted) break;
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
    for (let attempt = 0; !closing.signal.aborted; attempt++) {
      try {
        if (await pumpOnce()) attempt = 0;
      } catch (error) {
        if (closing.signal.aborted) return;
        if (!isRetryable(error)) {
          failure = readFailed(streamName, error);
          return notify();
        }
        logger?.warn({ err: error, stream: streamName }, 'NATS cursor restarting');
      }
      await sleep(backoffDelay(attempt, 100, 2_000), closing.signal);
    }
  })();

  return {
    async next(max, signal) {
      while (buffer.length === 0 && !failure && !signal.aborted && !closing.signal.aborted) {
        await new Promise<void>((resolve) => {
          const done = () => {
            signal.removeEventListener('abort', done);
            resolve();
          };
          wake = done;
          signal.addEventListener('abort', done, { once: true });
        });
      }
      if (closing.signal.aborted)
        throw new LogError(LogErrorCode.Closed, 'the event log is closed; open a new one');
      if (buffer.length === 0 && failure) throw failure;
      const records = buffer.splice(0, max);
      if (buffer.length < HIGH_WATER / 2) {
        drained?.();
        drained = undefined;
      }
      return records;
    },
    async close() {
      closing.abort();
      unsubscribe();
      notify();
      drained?.();
      messages?.stop();
      await pump;
    },
  };
}
