import type { EventLog, NewEvent } from '@tessera/log';

export interface AppendCount {
  /** Events the log stored for the first time. */
  appended: number;
  /** Events whose id the log already had (a re-run). */
  existing: number;
}

/**
 * Appends one batch and counts what was new: the log answers a known id with its original
 * offset, which is never above the head read just before.
 */
export async function appendCounted(
  log: EventLog,
  stream: string,
  events: NewEvent[],
): Promise<AppendCount> {
  const before = await log.head(stream);
  const { offsets } = await log.append(stream, events);
  const appended = offsets.filter((offset) => offset > before).length;
  return { appended, existing: events.length - appended };
}
