import { createEventLog } from '../../core/event-log.js';
import { createProjection, type Projection } from '../../projection.js';
import { userRegistered } from '../../testing/fixture.js';
import type { EventLog, Follower } from '../../types.js';
import { createNatsDriver, type NatsDriverOptions } from './driver.js';

/**
 * A producer, a durable consumer and a projection on one stream, recording every delivery,
 * so fault tests can check that nothing was lost and nothing was applied twice.
 */
export interface FaultRig {
  log: EventLog;
  projection: Projection<Map<string, number>>;
  consumed: number[];
  /** Appends `count` events from `writers` concurrent loops; resolves with their ids. */
  produce(count: number, writers: number): Promise<string[]>;
  stop(): Promise<void>;
}

export async function startFaultRig(driver: NatsDriverOptions): Promise<FaultRig> {
  const log = createEventLog(await createNatsDriver(driver));
  const applied = new Map<string, number>();
  const projection = createProjection({
    log,
    stream: 'users',
    initial: () => applied,
    apply: (state, event) => state.set(event.id, (state.get(event.id) ?? 0) + 1),
  });
  await projection.start();
  const consumed: number[] = [];
  const consumer: Follower = log.consume({
    stream: 'users',
    consumer: 'fault',
    handle: (e) => void consumed.push(e.offset),
  });

  return {
    log,
    projection,
    consumed,
    async produce(count, writers) {
      const ids: string[] = [];
      let next = 0;
      const loop = async () => {
        while (next < count) {
          const n = next++;
          const event = userRegistered(n, { id: `fault-${n}` });
          ids.push(event.id!);
          await log.append('users', [event]);
        }
      };
      await Promise.all(Array.from({ length: writers }, loop));
      return ids;
    },
    async stop() {
      await consumer.stop();
      await projection.stop();
      await log.close();
    },
  };
}
