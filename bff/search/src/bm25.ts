import type { PostingList } from './postings.js';

// MiniSearch's defaults, so scores and ranking match what the library computed before.
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** What BM25 needs to know about the whole index, for one field. */
export interface FieldStatistics {
  liveDocs: number;
  /** Mean length of the field over live documents. */
  averageLength: number;
  alive: Uint8Array;
  /** Length of field `field` of document d at fieldLengths[d * fieldCount + field]. */
  fieldLengths: Uint16Array;
  fieldCount: number;
  field: number;
}

/** Running totals of one search: score and words matched per document, and who was touched. */
export interface Accumulator {
  scores: Float64Array;
  /** How many query words each document has matched so far; AND needs all of them. */
  matched: Uint16Array;
  touched: number[];
}

/**
 * Adds one matched term's BM25 contribution (MiniSearch's formula, times
 * `weight`) to every live document in `list` still matching all earlier
 * query words; `word` is the query word's position.
 */
export function scorePostings(
  list: PostingList,
  weight: number,
  word: number,
  stats: FieldStatistics,
  into: Accumulator,
): void {
  const { scores, matched, touched } = into;
  const documentFrequency = list.live;
  const { liveDocs, alive, fieldLengths, fieldCount, field } = stats;
  const idf = Math.log(1 + (liveDocs - documentFrequency + 0.5) / (documentFrequency + 0.5));
  const averageLength = stats.averageLength || 1;
  const factor = weight * idf;
  const { k, b, d } = BM25;
  // Locals, not property reads, in the loop that runs once per posting.
  const { docs, freqs, length: postings } = list;
  for (let i = 0; i < postings; i++) {
    const doc = docs[i]!;
    const seen = matched[doc]!;
    // A document that missed an earlier word can no longer match them all.
    if (!alive[doc] || seen < word) continue;
    if (seen === word) {
      matched[doc] = word + 1;
      if (word === 0) touched.push(doc);
    }
    const tf = freqs ? freqs[i]! : 1;
    const length = fieldLengths[doc * fieldCount + field]!;
    const saturation = (tf * (k + 1)) / (tf + k * (1 - b + (b * length) / averageLength));
    scores[doc]! += factor * (d + saturation);
  }
}
