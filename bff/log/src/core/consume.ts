import type { Logger } from 'pino';
import { isLogError } from '../errors.js';
import type { Catalog } from '../schemas/catalog.js';
import { DEAD_LETTER_STREAM, type EventDeadLettered } from '../schemas/dead-letters.js';
import type { ConsumeOptions, EventEnvelope, EventLog, Follower } from '../types.js';
import { backoffDelay, sleep } from './backoff.js';
import type { LogDriver } from './driver.js';
import { runFollower } from './follow.js';
import type { LogMetrics } from './metrics.js';
import { untilAvailable } from './until-available.js';

export interface ConsumeDeps {
  driver: LogDriver;
  catalog: Catalog;
  log: EventLog;
  metrics: LogMetrics;
  logger: Logger | undefined;
}

function errorInfo(error: unknown): EventDeadLettered['error'] {
  return {
    code: isLogError(error) ? error.code : null,
    message: error instanceof Error ? error.message : String(error),
  };
}

/**
 * A durable consumer: resumes after its checkpoint, retries a failing event with backoff,
 * then parks it on the dead-letter stream and moves on. Checkpoints after every batch, so
 * delivery is at-least-once; handlers must be idempotent (or track offsets themselves).
 */
export function runConsumer(deps: ConsumeDeps, options: ConsumeOptions): Follower {
  const { driver, catalog, log, metrics } = deps;
  const { stream, consumer } = options;
  const maxAttempts = options.retry?.maxAttempts ?? 5;
  const initialMs = options.retry?.initialDelayMs ?? 50;
  const maxMs = options.retry?.maxDelayMs ?? 2_000;
  const stopping = new AbortController();

  const deadLetter = async (
    offset: number,
    event: EventEnvelope | null,
    attempts: number,
    error: unknown,
  ) => {
    const data: EventDeadLettered = {
      consumer,
      stream,
      offset,
      eventId: event?.id ?? null,
      eventType: event?.type ?? null,
      attempts,
      error: errorInfo(error),
    };
    // A deterministic id: re-delivery after a crash does not park the same event twice.
    const id = `dl-${consumer}-${stream}-${offset}`;
    const parked = { id, type: 'event.dead-lettered', key: `${consumer}/${stream}`, data };
    await untilAvailable(
      `dead-lettering ${stream}@${offset}`,
      () => log.append(DEAD_LETTER_STREAM, [parked]),
      { signal: stopping.signal, logger: deps.logger },
    );
    metrics.deadLettered(consumer, stream);
    deps.logger?.warn({ consumer, stream, offset, error: data.error }, 'event dead-lettered');
  };

  const handleOne = async (event: EventEnvelope) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await options.handle(event);
        return;
      } catch (error) {
        if (attempt >= maxAttempts) return deadLetter(event.offset, event, attempt, error);
        metrics.retried(consumer, stream);
        await sleep(backoffDelay(attempt - 1, initialMs, maxMs), stopping.signal);
        if (stopping.signal.aborted) throw error;
      }
    }
  };

  const follower = runFollower({
    driver,
    catalog,
    stream,
    batchSize: options.batchSize ?? 256,
    start: () => driver.getCheckpoint(consumer, stream),
    handler: async (events) => {
      for (const event of events) await handleOne(event);
      metrics.consumed(consumer, stream, events.length);
    },
    onInvalid: (record) => deadLetter(record.offset, null, 0, record.error),
    onBatchDone: (offset) => driver.setCheckpoint(consumer, stream, offset),
    logger: deps.logger,
  });

  return {
    get position() {
      return follower.position;
    },
    async stop() {
      stopping.abort();
      await follower.stop();
    },
    done: follower.done,
  };
}
