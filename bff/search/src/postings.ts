/**
 * The documents one term occurs in, within one field: document numbers in
 * ascending order (they are handed out in order) with the term's frequency,
 * or without one in a field where every term counts once (`freqs` is then
 * undefined: a third less memory for the body, most of the postings).
 * Typed arrays instead of a Map per term: a 100k-article index holds about
 * ten million postings, and Map entries cost both build time and GC time.
 */
export class PostingList {
  docs: Int32Array = new Int32Array(4);
  freqs: Uint16Array | undefined;
  length = 0;
  /** Postings of live documents: the document frequency BM25 uses. */
  live = 0;

  constructor(withFrequencies: boolean) {
    if (withFrequencies) this.freqs = new Uint16Array(4);
  }

  /** Adds `doc`; `freq` is ignored by a list without frequencies. */
  push(doc: number, freq: number): void {
    if (this.length === this.docs.length) this.grow();
    this.docs[this.length] = doc;
    if (this.freqs) this.freqs[this.length] = Math.min(freq, 0xffff);
    this.length++;
    this.live++;
  }

  has(doc: number): boolean {
    let low = 0;
    let high = this.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const found = this.docs[middle]!;
      if (found === doc) return true;
      if (found < doc) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }

  private grow(): void {
    const size = this.docs.length * 2;
    // Both arrays in one uninitialised block: only the first `length` entries
    // are ever read, and zeroing memory about to be overwritten was most of
    // the cost of growing the long lists.
    const block = uninitialised(size * (this.freqs ? 6 : 4));
    const docs = new Int32Array(block, 0, size);
    docs.set(this.docs);
    this.docs = docs;
    if (this.freqs) {
      const freqs = new Uint16Array(block, size * 4, size);
      freqs.set(this.freqs);
      this.freqs = freqs;
    }
  }
}

function uninitialised(bytes: number): ArrayBuffer {
  // allocUnsafeSlow never hands out a slice of Node's shared pool, so the block starts at 0.
  return bytes < 4096 ? new ArrayBuffer(bytes) : Buffer.allocUnsafeSlow(bytes).buffer;
}
