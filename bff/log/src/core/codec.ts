import { randomBytes, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { LogError, LogErrorCode, isLogError } from '../errors.js';
import type { Catalog } from '../schemas/catalog.js';
import type { EventEnvelope, NewEvent } from '../types.js';
import type { RawRecord, StoredEvent } from './driver.js';

const StoredBody = z.object({
  id: z.string().min(1),
  stream: z.string(),
  type: z.string(),
  key: z.string(),
  version: z.number().int().positive(),
  time: z.string(),
  producer: z.string(),
  traceId: z.string(),
  data: z.unknown(),
});

const NewEventShape = z.object({
  type: z.string(),
  key: z.string().min(1).max(200),
  data: z.unknown(),
  id: z.string().min(1).max(100).optional(),
  version: z.number().int().positive().optional(),
  time: z.iso.datetime().optional(),
  traceId: z.string().min(1).max(100).optional(),
});

/** Validates a producer's event against the catalog and encodes it; throws before anything is written. */
export function encodeEvent(
  catalog: Catalog,
  stream: string,
  producer: string,
  input: NewEvent,
): StoredEvent {
  const shape = NewEventShape.safeParse(input);
  if (!shape.success) {
    const issues = shape.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new LogError(
      LogErrorCode.InvalidEvent,
      `event envelope is invalid: ${issues.join('; ')}`,
      { issues },
    );
  }
  const event = shape.data;
  const version = event.version ?? catalog.latest(event.type);
  const data = catalog.validate(event.type, version, event.data);
  const id = event.id ?? randomUUID();
  const body = {
    id,
    stream,
    type: event.type,
    key: event.key,
    version,
    time: event.time ?? new Date().toISOString(),
    producer,
    traceId: event.traceId ?? randomBytes(16).toString('hex'),
    data,
  };
  return { id, body: JSON.stringify(body) };
}

export type Decoded = { ok: true; event: EventEnvelope } | { ok: false; error: LogError };

/** Parses a stored record and upcasts it to the latest schema version. Never throws. */
export function decodeRecord(catalog: Catalog, stream: string, record: RawRecord): Decoded {
  try {
    const body = StoredBody.parse(JSON.parse(record.body));
    const { version, data } = catalog.upgrade(body.type, body.version, body.data);
    return { ok: true, event: { ...body, offset: record.offset, version, data } };
  } catch (cause) {
    const reason = isLogError(cause)
      ? cause.message
      : cause instanceof Error
        ? cause.message
        : String(cause);
    const error = new LogError(
      LogErrorCode.CorruptRecord,
      `stored record ${stream}@${record.offset} cannot be decoded (${reason})`,
      { stream, offset: record.offset },
      { cause },
    );
    return { ok: false, error };
  }
}
