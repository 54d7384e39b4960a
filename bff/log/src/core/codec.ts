import { randomUUID } from 'node:crypto';
import { LogError, LogErrorCode, isLogError } from '../errors.js';
import type { Catalog } from '../schemas/catalog.js';
import type { EventEnvelope, NewEvent } from '../types.js';
import type { RawRecord, StoredEvent } from './driver.js';

/** What a record's body holds: the envelope without its offset, which the store assigns. */
type StoredBody = Omit<EventEnvelope, 'offset'>;

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

// Hand-written, field by field: this runs for every event read, where a generic validator
// costs more than the JSON parsing itself. Event data is still validated by its zod schema.
function checkStoredBody(value: unknown): StoredBody {
  const b = value as StoredBody | null;
  if (typeof b !== 'object' || b === null) throw new Error('record is not an object');
  if (
    typeof b.id !== 'string' ||
    typeof b.stream !== 'string' ||
    typeof b.type !== 'string' ||
    typeof b.key !== 'string' ||
    typeof b.time !== 'string' ||
    typeof b.producer !== 'string' ||
    typeof b.traceId !== 'string'
  ) {
    throw new Error('a string field (id, stream, type, key, time, producer, traceId) is missing');
  }
  if (!Number.isInteger(b.version) || b.version < 1) throw new Error('field "version" is invalid');
  if (b.data === undefined) throw new Error('field "data" is missing');
  return b;
}

function envelopeIssues(input: NewEvent): string[] {
  const issues: string[] = [];
  const text = (field: string, value: unknown, max: number, optional = false) => {
    if (optional && value === undefined) return;
    if (typeof value !== 'string' || value.length === 0 || value.length > max) {
      issues.push(`${field}: expected a string of 1..${max} characters`);
    }
  };
  if (typeof input !== 'object' || input === null) return ['(root): expected an event object'];
  text('type', input.type, 200);
  text('key', input.key, 200);
  text('id', input.id, 100, true);
  text('traceId', input.traceId, 100, true);
  if (input.version !== undefined && (!Number.isInteger(input.version) || input.version < 1)) {
    issues.push('version: expected a positive integer');
  }
  if (input.time !== undefined && (typeof input.time !== 'string' || !ISO_TIME.test(input.time))) {
    issues.push('time: expected an ISO 8601 date-time');
  }
  return issues;
}

/** Validates a producer's event against the catalog and encodes it; throws before anything is written. */
export function encodeEvent(
  catalog: Catalog,
  stream: string,
  producer: string,
  input: NewEvent,
): StoredEvent {
  const issues = envelopeIssues(input);
  if (issues.length > 0) {
    throw new LogError(
      LogErrorCode.InvalidEvent,
      `event envelope is invalid: ${issues.join('; ')}`,
      { issues },
    );
  }
  const event = input;
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
    traceId: event.traceId ?? randomUUID().replaceAll('-', ''),
    data,
  };
  return { id, body: JSON.stringify(body) };
}

export type Decoded = { ok: true; event: EventEnvelope } | { ok: false; error: LogError };

/** Parses a stored record and upcasts it to the latest schema version. Never throws. */
export function decodeRecord(catalog: Catalog, stream: string, record: RawRecord): Decoded {
  try {
    const body = checkStoredBody(JSON.parse(record.body));
    const { version, data } = catalog.upgrade(body.type, body.version, body.data);
    const event: EventEnvelope = {
      offset: record.offset,
      id: body.id,
      stream: body.stream,
      type: body.type,
      key: body.key,
      version,
      time: body.time,
      producer: body.producer,
      traceId: body.traceId,
      data,
    };
    return { ok: true, event };
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
