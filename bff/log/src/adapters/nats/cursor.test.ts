import { JetStreamApiError } from '@nats-io/jetstream';
import { describe, expect, it } from 'vitest';
import { isLogError } from '../../errors.js';
import { natsCursor, type OrderedMessages } from './cursor.js';

interface FakeConsumer extends OrderedMessages {
  readonly stopped: boolean;
}

/**
 * An ordered consumer over records 1..last, starting at startSeq. A "silent" one delivers up
 * to `silentAfter` and then neither delivers, ends nor errs; only its missed heartbeats tell
 * (what the client shows when the server holding the consumer dies).
 */
function fakeConsumer(startSeq: number, last: number, silentAfter = Infinity): FakeConsumer {
  let stopped = false;
  let stop!: () => void;
  const untilStopped = new Promise<void>((resolve) => (stop = resolve));
  return {
    get stopped() {
      return stopped;
    },
    async *[Symbol.asyncIterator]() {
      for (let seq = startSeq; seq <= Math.min(last, silentAfter); seq++) {
        yield { seq, string: () => `body-${seq}` };
      }
      await untilStopped;
    },
    async *status() {
      if (silentAfter === Infinity) return await untilStopped;
      for (let count = 1; count <= 3 && !stopped; count++) {
        await new Promise((r) => setTimeout(r, 1));
        yield { type: 'heartbeats_missed', count };
      }
      await untilStopped;
    },
    stop() {
      stopped = true;
      stop();
    },
  };
}

const noReconnects = () => () => {};

async function readOffsets(cursor: ReturnType<typeof natsCursor>, count: number) {
  const offsets: number[] = [];
  const signal = new AbortController().signal;
  while (offsets.length < count) {
    offsets.push(...(await cursor.next(100, signal)).map((r) => r.offset));
  }
  return offsets;
}

describe('NATS cursor', () => {
  it('replaces an ordered consumer that went silent, resuming after the last record', async () => {
    const opened: FakeConsumer[] = [];
    const starts: number[] = [];
    const cursor = natsCursor({
      streamName: 'log_users',
      after: 0,
      onReconnect: noReconnects,
      open: async (startSeq) => {
        starts.push(startSeq);
        const consumer = fakeConsumer(startSeq, 10, opened.length === 0 ? 4 : Infinity);
        opened.push(consumer);
        return consumer;
      },
    });
    expect(await readOffsets(cursor, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(starts).toEqual([1, 5]);
    expect(opened[0]!.stopped).toBe(true);
    await cursor.close();
  });

  it('retries a consumer that cannot be created yet (an election) until it can', async () => {
    let failures = 2;
    const cursor = natsCursor({
      streamName: 'log_users',
      after: 3,
      onReconnect: noReconnects,
      open: async (startSeq) => {
        if (failures-- > 0) throw new Error('TIMEOUT');
        return fakeConsumer(startSeq, 6);
      },
    });
    expect(await readOffsets(cursor, 3)).toEqual([4, 5, 6]);
    await cursor.close();
  });

  it('ends with LOG_010 when the server refuses the consumer for good', async () => {
    const refused = new JetStreamApiError({ code: 400, err_code: 10_012, description: 'bad' });
    const cursor = natsCursor({
      streamName: 'log_users',
      after: 0,
      onReconnect: noReconnects,
      open: async () => {
        throw refused;
      },
    });
    const error = await cursor.next(10, new AbortController().signal).catch((e: unknown) => e);
    expect(isLogError(error, 'LOG_010')).toBe(true);
    expect((error as Error).cause).toBe(refused);
    await cursor.close();
  });
});
