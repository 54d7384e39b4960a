export interface AnswerCache<T> {
  /** The cached answer for `key`, or `compute()`'s, remembered until `version` moves. */
  get(key: string, version: number, compute: () => T): { value: T; hit: boolean };
  readonly size: number;
}

/**
 * A least-recently-used cache of answers for one index version. Readers ask
 * the same popular questions far more often than articles change, and one
 * search over 100k articles costs milliseconds of a single-threaded server;
 * any change to the index empties the cache, so an answer is never stale.
 */
export function createAnswerCache<T>(maxEntries: number): AnswerCache<T> {
  const entries = new Map<string, T>();
  let cachedVersion = -1;
  return {
    get(key, version, compute) {
      if (version !== cachedVersion) {
        entries.clear();
        cachedVersion = version;
      }
      const cached = entries.get(key);
      if (cached !== undefined) {
        // Re-inserting moves the key to the young end of the Map's order.
        entries.delete(key);
        entries.set(key, cached);
        return { value: cached, hit: true };
      }
      const value = compute();
      if (maxEntries > 0) {
        entries.set(key, value);
        if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      }
      return { value, hit: false };
    },
    get size() {
      return entries.size;
    },
  };
}
