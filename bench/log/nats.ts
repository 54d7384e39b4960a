import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { openEventLog, type EventEnvelope } from '@tessera/log';
import { startNatsServer } from '@tessera/log/testing/nats-server';
import { crossProcessLatency } from './cross-process.js';
import { publishToApplied } from './latency.js';
import { alternate, bestOf, benchEvent, rawEnvelope, timed, type Pair } from './measure.js';

/** Keeps `window` operations in flight: how a busy service's concurrent requests pipeline. */
async function pipelined(count: number, window: number, op: (i: number) => Promise<unknown>) {
  let next = 0;
  const lane = async () => {
    while (next < count) await op(next++);
  };
  await Promise.all(Array.from({ length: window }, lane));
}

/** The raw client: pipelined publishes (with msgID, as the adapter sends) and an ordered replay. */
async function raw(url: string, name: string, count: number, window: number): Promise<Pair> {
  const nc = await connect({ servers: url });
  const jsm = await jetstreamManager(nc);
  await jsm.streams.add({ name, subjects: [`${name}.bench`] });
  const js = jetstream(nc);
  // Same ids and the same JSON serialisation as the adapter.
  const envelopes = Array.from({ length: count }, (_, i) => rawEnvelope(i));
  const append = await timed(count, () =>
    pipelined(count, window, (i) =>
      js.publish(`${name}.bench`, JSON.stringify(envelopes[i]), { msgID: envelopes[i]!.id }),
    ),
  );
  const consume = await bestOf(3, count, async () => {
    const consumer = await js.consumers.get(name, { opt_start_seq: 1 });
    const messages = await consumer.consume({ max_messages: 1000 });
    let seen = 0;
    for await (const msg of messages) {
      JSON.parse(msg.string());
      if (++seen >= count) break;
    }
  });
  await nc.close();
  return { append, consume };
}

async function adapter(
  url: string,
  namespace: string,
  count: number,
  window: number,
): Promise<Pair> {
  const log = await openEventLog(url, { producer: 'bench', nats: { namespace } });
  const events = Array.from({ length: count }, (_, i) => benchEvent(i));
  const append = await timed(count, () =>
    pipelined(count, window, (i) => log.append('bench', [events[i]!])),
  );
  const consume = await bestOf(3, count, async () => {
    let seen = 0;
    const follower = log.follow('bench', { batchSize: 1000 }, (events: EventEnvelope[]) => {
      seen += events.length;
      if (seen >= count) void follower.stop();
    });
    await follower.done;
  });
  await log.close();
  return { append, consume };
}

export async function benchNats(count: number, window: number, rounds: number) {
  const server = await startNatsServer();
  try {
    const measured = await alternate(
      rounds,
      (round) => raw(server.url, `raw${round}`, count, window),
      (round) => adapter(server.url, `log${round}`, count, window),
    );
    const log = await openEventLog(server.url, { producer: 'bench' });
    const latency = await publishToApplied(log, 'latency', 500, 2);
    const crossProcess = await crossProcessLatency(server.url, log, 300, 5);
    await log.close();
    return {
      adapter: 'nats',
      window,
      ...measured,
      publishToApplied: latency,
      publishToAppliedCrossProcess: crossProcess,
    };
  } finally {
    await server.stop();
  }
}
