import { grown } from './grown.js';
import type { DocumentTerms } from './scan.js';
import { decodeText, encodeText, encodedBound } from './text-codec.js';
import type { Vocabulary } from './vocabulary.js';

// Blocks of 4 MB: a record that does not fit in the current block starts a new one.
const BLOCK_BYTES = 4 << 20;

/**
 * Records of a fixed number of texts, kept outside the JavaScript heap as
 * the term ids their words were read as (`text-codec.ts`). 100k articles
 * hold over 120 MB of text: as strings, the garbage collector copied every
 * one of them out of the young generation while the index was rebuilt; as
 * UTF-8, writing them was an eighth of the rebuild, because on this kind of
 * virtual machine first touching fresh memory costs several ms per MB.
 * Blocks are filled and never moved, so no text is written twice.
 */
export class TextStore {
  private readonly blocks: Buffer[] = [];
  /** Bytes used of the last block. */
  private used = 0;
  /** Per record, the block its texts are in. */
  private blockOf: Int32Array = new Int32Array(1024);
  /** Text t of record r is bytes starts[r * width + t] up to ends[r * width + t] of its block. */
  private starts: Int32Array;
  private ends: Int32Array;
  private records = 0;

  constructor(
    readonly width: number,
    private readonly vocabulary: Vocabulary,
  ) {
    this.starts = new Int32Array(1024 * width);
    this.ends = new Int32Array(1024 * width);
  }

  get size(): number {
    return this.records;
  }

  /**
   * Stores one record's texts (exactly `width` of them) given the words
   * `scanTerms` read from them with this store's vocabulary, text t as field
   * t of `words`; returns its number.
   */
  add(texts: readonly string[], words: DocumentTerms): number {
    if (texts.length !== this.width) {
      throw new RangeError(`a record holds ${this.width} texts, not ${texts.length}`);
    }
    const record = this.records++;
    this.ensureCapacity();
    const block = this.blockFor(texts.reduce((sum, text) => sum + encodedBound(text.length), 0));
    this.blockOf[record] = this.blocks.length - 1;
    texts.forEach((text, index) => {
      const at = record * this.width + index;
      this.starts[at] = this.used;
      this.used = encodeText(text, words, index, block, this.used);
      this.ends[at] = this.used;
    });
    return record;
  }

  /** Text `index` of record `record`. */
  get(record: number, index: number): string {
    if (record >= this.records) throw new RangeError(`no record ${record} in the text store`);
    const at = record * this.width + index;
    const block = this.blocks[this.blockOf[record]!]!;
    return decodeText(block, this.starts[at]!, this.ends[at]!, this.vocabulary);
  }

  /** The block with room for `bytes` more, starting a new one if needed. */
  private blockFor(bytes: number): Buffer {
    const current = this.blocks.at(-1);
    if (current && this.used + bytes <= current.length) return current;
    // Uninitialised: only bytes a text was written to are ever read.
    const block = Buffer.allocUnsafeSlow(Math.max(BLOCK_BYTES, bytes));
    this.blocks.push(block);
    this.used = 0;
    return block;
  }

  private ensureCapacity(): void {
    if (this.records <= this.blockOf.length) return;
    this.blockOf = grown(this.blockOf, this.blockOf.length * 2);
    this.starts = grown(this.starts, this.blockOf.length * this.width);
    this.ends = grown(this.ends, this.blockOf.length * this.width);
  }
}
