import { LogError, LogErrorCode } from '../errors.js';
import type { LogDriver, RawRecord } from '../core/driver.js';
import { createNotifier } from '../core/notifier.js';
import { waitingCursor } from '../core/waiting-cursor.js';

interface MemoryStream {
  records: RawRecord[];
  ids: Map<string, number>;
}

export interface MemoryDriver extends LogDriver {
  /** Store a raw body as the next record, bypassing validation (tests of corrupt records). */
  injectRaw(stream: string, body: string): void;
}

/** Everything in one process's memory: for unit tests and local experiments. */
export function createMemoryDriver(): MemoryDriver {
  const streams = new Map<string, MemoryStream>();
  const checkpoints = new Map<string, { consumer: string; stream: string; offset: number }>();
  const notifier = createNotifier();
  const get = (name: string) => {
    let stream = streams.get(name);
    if (!stream) streams.set(name, (stream = { records: [], ids: new Map() }));
    return stream;
  };
  const read = async (name: string, after: number, limit: number) =>
    (streams.get(name)?.records ?? []).slice(after, after + limit);
  const head = (name: string) => streams.get(name)?.records.length ?? 0;

  return {
    adapter: 'memory',
    async append(name, events, expectedHead) {
      const stream = get(name);
      const fresh = events.filter(
        (e, i) => !stream.ids.has(e.id) && events.findIndex((o) => o.id === e.id) === i,
      );
      if (
        fresh.length > 0 &&
        expectedHead !== undefined &&
        (expectedHead ?? 0) !== stream.records.length
      ) {
        throw new LogError(
          LogErrorCode.Conflict,
          `stream "${name}" moved: head is ${stream.records.length}, expected ${expectedHead ?? 0}; re-read and retry`,
          {
            stream: name,
            head: stream.records.length,
            expectedHead,
          },
        );
      }
      for (const event of fresh) {
        stream.records.push({ offset: stream.records.length + 1, body: event.body });
        stream.ids.set(event.id, stream.records.length);
      }
      if (fresh.length > 0) notifier.notify(name);
      return events.map((e) => stream.ids.get(e.id)!);
    },
    read,
    openCursor: (name, after) =>
      waitingCursor(
        {
          read,
          waitForMore: (s, position, signal) =>
            head(s) > position ? Promise.resolve() : notifier.wait(s, signal),
        },
        name,
        after,
      ),
    head: async (name) => head(name),
    streams: async () => [...streams.keys()].sort(),
    getCheckpoint: async (consumer, stream) =>
      checkpoints.get(`${consumer}\0${stream}`)?.offset ?? 0,
    async setCheckpoint(consumer, stream, offset) {
      checkpoints.set(`${consumer}\0${stream}`, { consumer, stream, offset });
    },
    checkpoints: async () => [...checkpoints.values()],
    async close() {},
    injectRaw(name, body) {
      const stream = get(name);
      stream.records.push({ offset: stream.records.length + 1, body });
      notifier.notify(name);
    },
  };
}
