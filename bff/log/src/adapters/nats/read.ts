import type { JetStreamClient } from '@nats-io/jetstream';
import type { RawRecord } from '../../core/driver.js';
import { stopWhenSilent } from './silence.js';

/**
 * Reads `count` records known to exist after `after` with a short-lived ordered consumer.
 * A fetch that delivers nothing (e.g. stopped because its server died) throws; the caller
 * retries the whole read with a new consumer.
 */
export async function readRange(
  js: JetStreamClient,
  streamName: string,
  after: number,
  count: number,
): Promise<RawRecord[]> {
  const consumer = await js.consumers.get(streamName, { opt_start_seq: after + 1 });
  const records: RawRecord[] = [];
  while (records.length < count) {
    const start = records.length;
    const batch = await consumer.fetch({ max_messages: count - records.length, expires: 5_000 });
    void stopWhenSilent(batch);
    for await (const msg of batch) {
      records.push({ offset: msg.seq, body: msg.string() });
      if (records.length >= count) break;
    }
    if (records.length === start)
      throw new Error(`stream ${streamName} returned nothing after ${after + start}`);
  }
  return records;
}
