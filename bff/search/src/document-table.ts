import type { FieldStatistics } from './bm25.js';

/**
 * Per-document bookkeeping for BM25: which document numbers are live and
 * the length of each of their fields, in typed arrays grown by doubling.
 * Documents are numbered in the order they are added; removing one only
 * marks it dead (see `deadDocs`).
 */
export class DocumentTable {
  liveDocs = 0;
  deadDocs = 0;
  /** Document numbers handed out so far. */
  size = 0;
  alive = new Uint8Array(1024);
  /** Length of field f of document d at fieldLengths[d * fieldCount + f]. */
  private fieldLengths: Uint16Array;
  private readonly totalLength: Float64Array;

  constructor(readonly fieldCount: number) {
    this.fieldLengths = new Uint16Array(1024 * fieldCount);
    this.totalLength = new Float64Array(fieldCount);
  }

  /** A new live document's number. */
  add(): number {
    const doc = this.size++;
    this.ensureCapacity(doc + 1);
    this.alive[doc] = 1;
    this.liveDocs++;
    return doc;
  }

  setLength(doc: number, field: number, length: number): void {
    this.fieldLengths[doc * this.fieldCount + field] = Math.min(length, 0xffff);
    this.totalLength[field]! += length;
  }

  /** Marks `doc` dead and drops its lengths from the totals; false if it was not live. */
  remove(doc: number): boolean {
    if (!this.alive[doc]) return false;
    this.alive[doc] = 0;
    this.liveDocs--;
    this.deadDocs++;
    for (let field = 0; field < this.fieldCount; field++) {
      this.totalLength[field]! -= this.fieldLengths[doc * this.fieldCount + field]!;
    }
    return true;
  }

  statisticsOf(field: number): FieldStatistics {
    const { liveDocs, alive, fieldLengths, fieldCount } = this;
    const averageLength = this.totalLength[field]! / Math.max(1, liveDocs);
    return { liveDocs, averageLength, alive, fieldLengths, fieldCount, field };
  }

  private ensureCapacity(docs: number): void {
    if (docs <= this.alive.length) return;
    const size = Math.max(docs, this.alive.length * 2);
    const alive = new Uint8Array(size);
    alive.set(this.alive);
    const lengths = new Uint16Array(size * this.fieldCount);
    lengths.set(this.fieldLengths);
    this.alive = alive;
    this.fieldLengths = lengths;
  }
}
