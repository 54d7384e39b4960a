import type { Catalog } from './schemas/catalog.js';

/** Offsets start at 1 and are gap-free within a stream; head 0 means the stream is empty. */
export type Offset = number;

export interface EventEnvelope<D = unknown> {
  offset: Offset;
  id: string;
  stream: string;
  type: string;
  key: string;
  version: number;
  time: string;
  producer: string;
  traceId: string;
  data: D;
}

/** What a producer hands to append: the log fills in offset, stream and (if absent) id, time, traceId. */
export interface NewEvent<D = unknown> {
  type: string;
  key: string;
  data: D;
  /** Producer-chosen UUID; re-appending the same id is a no-op that returns the original offset. */
  id?: string;
  /** Schema version of data; defaults to the catalog's latest for the type. */
  version?: number;
  time?: string;
  traceId?: string;
}

export interface AppendOptions {
  /** Append only if the stream head is this offset (0 or null = the stream must be empty). */
  expectedHead?: Offset | null;
}

export interface AppendResult {
  /** One offset per event, in order (the original offset for a duplicate id). */
  offsets: Offset[];
}

export interface ReadOptions {
  /** Read events with offset > after (default 0: from the start). */
  after?: Offset;
  /** Maximum number of events (default 1000). */
  limit?: number;
}

/** A stored record the log could not decode; consumers dead-letter it, projections skip it. */
export interface InvalidRecord {
  stream: string;
  offset: Offset;
  error: Error;
}

export interface FollowOptions {
  after?: Offset;
  batchSize?: number;
  /** Called for undecodable records; by default the follower stops with the error. */
  onInvalid?: (record: InvalidRecord) => void | Promise<void>;
}

export type BatchHandler = (events: EventEnvelope[]) => void | Promise<void>;

/** A live reader: runs until stopped or until its handler throws. */
export interface Follower {
  /** Offset of the last event handed to the handler. */
  readonly position: Offset;
  stop(): Promise<void>;
  /** Settles when the follower ends; rejects with the error that ended it. */
  readonly done: Promise<void>;
}

export interface RetryPolicy {
  /** Attempts per event before it is dead-lettered (default 5). */
  maxAttempts?: number;
  initialDelayMs?: number;
  maxDelayMs?: number;
}

export interface ConsumeOptions {
  stream: string;
  /** Durable name: the consumer resumes after its last checkpoint. */
  consumer: string;
  handle: (event: EventEnvelope) => void | Promise<void>;
  batchSize?: number;
  retry?: RetryPolicy;
}

export interface ConsumerCheckpoint {
  consumer: string;
  stream: string;
  offset: Offset;
}

export interface EventLog {
  readonly adapter: 'memory' | 'sqlite' | 'nats';
  readonly catalog: Catalog;
  append(stream: string, events: NewEvent[], options?: AppendOptions): Promise<AppendResult>;
  read(stream: string, options?: ReadOptions): Promise<EventEnvelope[]>;
  follow(stream: string, options: FollowOptions, handler: BatchHandler): Follower;
  consume(options: ConsumeOptions): Follower;
  head(stream: string): Promise<Offset>;
  streams(): Promise<string[]>;
  checkpoints(): Promise<ConsumerCheckpoint[]>;
  /** Move a durable consumer's checkpoint (replay from offset+1). */
  setCheckpoint(consumer: string, stream: string, offset: Offset): Promise<void>;
  close(): Promise<void>;
}
