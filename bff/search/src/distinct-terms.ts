import { grown } from './grown.js';
import type { DocumentTerms } from './scan.js';

/**
 * Scratch for counting one field of one document: its distinct term ids
 * (`ids[0, count)`) and each one's frequency (`frequency[id]`). Arrays
 * indexed by term id, reused across documents, so counting allocates
 * nothing per token; `seenIn` holds the visit an id was last seen in, which
 * spares clearing them between fields.
 */
export class DistinctTerms {
  ids: Int32Array = new Int32Array(1024);
  frequency: Int32Array = new Int32Array(1024);
  private seenIn: Int32Array = new Int32Array(1024);
  private visit = 0;

  /** Reads field `field` of `terms` into `ids` and `frequency`; returns how many distinct ids. */
  count(terms: DocumentTerms, field: number): number {
    if (this.visit === 0x7fffffff) {
      this.seenIn.fill(0);
      this.visit = 0;
    }
    const visit = ++this.visit;
    const { ids } = terms;
    const start = terms.fieldStart(field);
    const end = terms.fieldEnds[field]!;
    if (this.ids.length < end - start) this.ids = new Int32Array((end - start) * 2);
    let count = 0;
    for (let i = start; i < end; i++) {
      const id = ids[i]!;
      if (this.seenIn[id] !== visit) {
        this.seenIn[id] = visit;
        this.frequency[id] = 0;
        this.ids[count++] = id;
      }
      this.frequency[id]!++;
    }
    return count;
  }

  /** Makes room for term ids below `terms`. */
  ensureTerms(terms: number): void {
    if (terms <= this.seenIn.length) return;
    const size = Math.max(terms, this.seenIn.length * 2);
    this.seenIn = grown(this.seenIn, size);
    this.frequency = grown(this.frequency, size);
  }
}
