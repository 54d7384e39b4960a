import type { EventLog, NewEvent } from '../types.js';

/** One fresh, empty log per test, plus the hooks the contract suite needs. */
export interface EventLogFixture {
  log: EventLog;
  /** Store a raw body as the next record of a stream, bypassing validation. */
  injectRaw(stream: string, body: string): Promise<void>;
  /** Release everything the fixture opened (the suite closes `log` itself). */
  cleanup?(): Promise<void>;
}

export type EventLogFactory = () => Promise<EventLogFixture>;

let counter = 0;

/** A valid `user.registered` event; `n` makes ids and keys distinct. */
export function userRegistered(n = ++counter, overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    type: 'user.registered',
    key: `user-${n}`,
    data: { userId: `user-${n}`, username: `user${n}`, displayName: `User ${n}`, role: 'reader' },
    ...overrides,
  };
}

export function userIds(events: { data: unknown }[]): string[] {
  return events.map((e) => (e.data as { userId: string }).userId);
}

/** Polls until check() passes; for observing asynchronous consumers without fixed sleeps. */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
