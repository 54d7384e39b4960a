import type { Logger } from 'pino';
import { LogError, LogErrorCode } from './errors.js';
import type { EventEnvelope, EventLog, Follower, InvalidRecord, Offset } from './types.js';

export interface ProjectionOptions<S> {
  log: EventLog;
  stream: string;
  initial: () => S;
  /** A pure fold step. A throw skips the event (logged, counted) and keeps the previous state. */
  apply: (state: S, event: EventEnvelope) => S;
  batchSize?: number;
  logger?: Logger;
  /** Called for events apply rejected and records that could not be decoded. */
  onSkipped?: (skip: { offset: Offset; error: Error }) => void;
  /**
   * Folds the start of the stream by other means (e.g. a worker thread that reads and
   * prepares events) before the projection follows the log; it reports each event it folded
   * or skipped, in order, and resolves when it stops, wherever that is: following the log
   * from the last offset reported applies the rest.
   */
  catchUp?: (context: CatchUpContext<S>) => Promise<void>;
}

export interface CatchUpContext<S> {
  readonly state: S;
  /** The offset folded so far: report only later ones. */
  readonly offset: Offset;
  /** Aborted when the projection stops. */
  readonly signal: AbortSignal;
  /**
   * Folds the event at `offset` with `step`, as the projection folds an event it reads:
   * an offset already folded is passed over, and a throw skips the event.
   */
  fold(offset: Offset, step: (state: S) => S): void;
  /** A record that could not be decoded: skipped, as the projection's own reader skips one. */
  skipped(offset: Offset, error: Error): void;
}

export interface Projection<S> {
  readonly state: S;
  /** Offset of the last event applied (or skipped). */
  readonly offset: Offset;
  /** True once the projection has applied everything that was in the stream when it started. */
  readonly caughtUp: boolean;
  /** What stopped the projection's reader, if something did: it applies nothing more. */
  readonly error: Error | undefined;
  /** Rebuilds from offset 0, then follows live; resolves when caught up. */
  start(): Promise<void>;
  /** Resolves once `offset` is applied (read-your-writes after an append); rejects with `error`. */
  waitFor(offset: Offset, options?: { timeoutMs?: number }): Promise<void>;
  stop(): Promise<void>;
}

interface Waiter {
  offset: Offset;
  resolve: () => void;
  reject: (error: Error) => void;
}

/** In-memory state folded from one stream; each replica builds its own. */
export function createProjection<S>(options: ProjectionOptions<S>): Projection<S> {
  let state = options.initial();
  let offset = 0;
  let target = Infinity;
  let follower: Follower | undefined;
  let started = false;
  let catchingUp: Promise<void> = Promise.resolve();
  let markCaughtUp: () => void = () => {};
  const caughtUpPromise = new Promise<void>((resolve) => (markCaughtUp = resolve));
  let caughtUp = false;
  let error: Error | undefined;
  let stopping = false;
  const stopped = new AbortController();
  const waiters = new Set<Waiter>();

  const advance = (to: Offset) => {
    offset = to;
    if (!caughtUp && offset >= target) {
      caughtUp = true;
      markCaughtUp();
    }
    for (const w of waiters) if (w.offset <= offset) w.resolve();
  };

  const skip = (at: Offset, error: Error) => {
    options.logger?.error(
      { stream: options.stream, offset: at, err: error },
      'projection skipped an event',
    );
    options.onSkipped?.({ offset: at, error });
  };

  const fold = (at: Offset, step: (state: S) => S) => {
    // At-least-once delivery below us: an offset already applied is never applied again.
    if (at <= offset) return;
    try {
      state = step(state);
    } catch (error) {
      skip(at, error instanceof Error ? error : new Error(String(error)));
    }
    advance(at);
  };

  const skipRecord = (at: Offset, error: Error) => {
    if (at <= offset) return;
    skip(at, error);
    advance(at);
  };
  const onInvalid = (record: InvalidRecord) => skipRecord(record.offset, record.error);

  const applyBatch = (events: EventEnvelope[]) => {
    for (const event of events) fold(event.offset, (current) => options.apply(current, event));
  };

  // Without this a dead reader looks like a quiet stream, and every waitFor times out.
  const fail = (cause: unknown) => {
    if (stopping) return;
    error = cause instanceof Error ? cause : new Error(String(cause));
    options.logger?.error({ stream: options.stream, offset, err: error }, 'projection stopped');
    for (const w of waiters) w.reject(error);
  };

  const catchUp = async () => {
    await options.catchUp?.({
      get state() {
        return state;
      },
      get offset() {
        return offset;
      },
      signal: stopped.signal,
      fold,
      skipped: skipRecord,
    });
  };

  return {
    get state() {
      return state;
    },
    get offset() {
      return offset;
    },
    get caughtUp() {
      return caughtUp;
    },
    get error() {
      return error;
    },
    async start() {
      if (started) throw new LogError(LogErrorCode.BadArgument, 'projection already started');
      started = true;
      const head = await options.log.head(options.stream);
      target = head;
      catchingUp = catchUp();
      await catchingUp;
      if (stopping) return;
      follower = options.log.follow(
        options.stream,
        { after: offset, batchSize: options.batchSize ?? 1000, onInvalid },
        applyBatch,
      );
      follower.done.catch(fail);
      advance(offset);
      await Promise.race([caughtUpPromise, follower.done]);
    },
    waitFor(wanted, { timeoutMs = 5_000 } = {}) {
      if (wanted <= offset) return Promise.resolve();
      if (error) return Promise.reject(error);
      return new Promise((resolve, reject) => {
        const settle = () => {
          clearTimeout(timer);
          waiters.delete(waiter);
        };
        const waiter: Waiter = {
          offset: wanted,
          resolve: () => {
            settle();
            resolve();
          },
          reject: (cause) => {
            settle();
            reject(cause);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(
            new LogError(
              LogErrorCode.Timeout,
              `offset ${wanted} of "${options.stream}" not applied within ${timeoutMs} ms`,
              {
                stream: options.stream,
                offset: wanted,
                applied: offset,
              },
            ),
          );
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    async stop() {
      stopping = true;
      stopped.abort();
      await catchingUp.catch(() => {});
      await follower?.stop();
    },
  };
}
