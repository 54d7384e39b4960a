import type { Accumulator } from './bm25.js';

/**
 * The per-document totals of the latest search, reused by the next one:
 * it clears only the documents the previous search touched. Two fresh
 * arrays the size of the index per search cost more than a whole cached
 * answer, because fresh memory is slow to touch on this VM.
 */
export class ScoreScratch {
  private accumulator: Accumulator | undefined;
  /** Searches started so far: tells a stale result from the current one. */
  generation = 0;

  /** Zeroed totals for documents below `docs`; new arrays are `capacity` long. */
  fresh(docs: number, capacity: number): Accumulator {
    this.generation++;
    const reused = this.accumulator;
    if (reused && reused.scores.length >= docs) {
      for (const doc of reused.touched) {
        reused.scores[doc] = 0;
        reused.matched[doc] = 0;
      }
      reused.touched = [];
      return reused;
    }
    this.accumulator = {
      scores: new Float64Array(capacity),
      matched: new Uint16Array(capacity),
      touched: [],
    };
    return this.accumulator;
  }
}
