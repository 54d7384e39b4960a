import { readFile, stat } from 'node:fs/promises';

export interface FreshFileOptions<T> {
  path: string;
  /** Turns the file's bytes into a value; throws when the content is not acceptable. */
  parse(content: Buffer): T;
  /** Called when the file is missing or fails to parse; the last good value stays in use. */
  onError(error: unknown): void;
}

export interface FreshFile<T> {
  /** The value of the newest good version of the file, or undefined if there never was one. */
  get(): Promise<T | undefined>;
}

interface Stamp {
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
}

const sameStamp = (a: Stamp, b: Stamp) =>
  a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;

/**
 * A file that is re-read only when its stat stamp changes. A stat per request is cheap and,
 * unlike fs.watch, needs no platform-specific care and notices atomic renames reliably.
 * Concurrent callers share one in-flight check.
 */
export function createFreshFile<T>(options: FreshFileOptions<T>): FreshFile<T> {
  let good: T | undefined;
  let seen: Stamp | 'missing' | undefined;
  let inFlight: Promise<T | undefined> | undefined;

  async function refresh(): Promise<T | undefined> {
    let stamp: Stamp;
    try {
      stamp = await stat(options.path, { bigint: true });
    } catch (error) {
      // Report a missing file once, not on every request while it stays missing.
      if (seen !== 'missing') options.onError(error);
      seen = 'missing';
      return good;
    }
    if (seen && seen !== 'missing' && sameStamp(seen, stamp)) return good;
    seen = stamp;
    try {
      good = options.parse(await readFile(options.path));
    } catch (error) {
      options.onError(error);
    }
    return good;
  }

  return {
    get() {
      inFlight ??= refresh().finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    },
  };
}
