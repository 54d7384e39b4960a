import { grown } from './grown.js';
import { HASH_START, hashStep, lowerAscii, type Vocabulary } from './vocabulary.js';

/** How a word is spelled relative to its term, so a stored text can be rebuilt from term ids. */
export const WordShape = {
  /** Exactly its term (no capitals). */
  Lower: 0,
  /** Its term with the first letter capitalised (ASCII). */
  Capitalised: 1,
  /** Anything else: other capitals or letters beyond ASCII. */
  Literal: 2,
} as const;

/** Words as `scanTerms` reads them: term id, where it is in its field's text, its shape. */
export interface WordArrays {
  ids: Int32Array<ArrayBuffer>;
  starts: Int32Array<ArrayBuffer>;
  ends: Int32Array<ArrayBuffer>;
  shapes: Uint8Array<ArrayBuffer>;
}

/**
 * The terms of one document as vocabulary ids, field after field, stopwords
 * included (they count towards a field's length; the index posts nothing for
 * them), with where each word is in its field's text and its shape. One
 * buffer is reused from document to document.
 */
export class DocumentTerms implements WordArrays {
  ids = new Int32Array(1024);
  /** Word n is text[starts[n], ends[n]) of its field's text, spelled as shapes[n] says. */
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  shapes = new Uint8Array(1024);
  count = 0;
  /** Where field 0 starts: 0, unless these are words of a batch of documents (`showBatch`). */
  first = 0;
  /** Field f's ids are ids[fieldStart(f)] up to ids[fieldEnds[f]]. */
  readonly fieldEnds: Int32Array;

  constructor(readonly fieldCount: number) {
    this.fieldEnds = new Int32Array(fieldCount);
  }

  clear(): void {
    this.count = 0;
    this.first = 0;
  }

  fieldStart(field: number): number {
    return field === 0 ? this.first : this.fieldEnds[field - 1]!;
  }

  /**
   * Shows one document of a batch that was scanned elsewhere (`prepared.ts`):
   * its words are `words` from `first`, its fields end at `fieldEnds`.
   * No word is copied.
   */
  showBatch(words: WordArrays, first: number, fieldEnds: ArrayLike<number>): void {
    this.ids = words.ids;
    this.starts = words.starts;
    this.ends = words.ends;
    this.shapes = words.shapes;
    this.first = first;
    for (let field = 0; field < this.fieldCount; field++) {
      this.fieldEnds[field] = fieldEnds[field]!;
    }
    this.count = this.fieldEnds[this.fieldCount - 1]!;
  }

  push(id: number, start = 0, end = 0, shape: number = WordShape.Literal): void {
    if (this.count === this.ids.length) this.grow();
    const n = this.count++;
    this.ids[n] = id;
    this.starts[n] = start;
    this.ends[n] = end;
    this.shapes[n] = shape;
  }

  endField(field: number): void {
    this.fieldEnds[field] = this.count;
  }

  private grow(): void {
    const size = this.count * 2;
    this.ids = grown(this.ids, size);
    this.starts = grown(this.starts, size);
    this.ends = grown(this.ends, size);
    this.shapes = grown(this.shapes, size);
  }
}

// Indexed by the scanner's capitals bits: none, the first only, later ones (with or without the first).
const SHAPE_OF_CAPITALS = [
  WordShape.Lower,
  WordShape.Capitalised,
  WordShape.Literal,
  WordShape.Literal,
];

// ASCII letters and digits; beyond ASCII, `[\p{L}\p{N}]` decides (as tokenize's pattern does).
const ASCII_WORD = new Uint8Array(128).map((_, code) => Number(/[A-Za-z0-9]/.test(chr(code))));
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const wordCodePoints = new Map<number, boolean>();

function chr(code: number): string {
  return String.fromCharCode(code);
}

/** Code units the word character at `i` spans (2 for a surrogate pair), or 0 if it is none. */
function wordWidth(text: string, i: number): number {
  const code = text.codePointAt(i)!;
  let word = wordCodePoints.get(code);
  if (word === undefined) {
    word = WORD_CHAR.test(String.fromCodePoint(code));
    wordCodePoints.set(code, word);
  }
  return word ? (code > 0xffff ? 2 : 1) : 0;
}

/**
 * Appends the term id, place and shape of every word of `text` to `into`:
 * the same words `tokenize` finds, lower-cased as `processTerm` does, read
 * in one pass.
 * An ASCII word is hashed as it is read and looked up without becoming a
 * string; a word with other letters takes the string path.
 */
export function scanTerms(text: string, vocabulary: Vocabulary, into: DocumentTerms): void {
  const end = text.length;
  let i = 0;
  while (i < end) {
    const first = text.charCodeAt(i);
    if (first < 128 ? ASCII_WORD[first] === 0 : wordWidth(text, i) === 0) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    // Bit 1: the first letter is a capital; bit 2: a later one is.
    let capitals = 0;
    let hash = HASH_START;
    while (i < end) {
      const code = text.charCodeAt(i);
      if (code < 128) {
        if (ASCII_WORD[code] === 0) break;
        const lower = lowerAscii(code);
        if (lower !== code) capitals |= i === start ? 1 : 2;
        hash = hashStep(hash, lower);
        i++;
      } else {
        const width = wordWidth(text, i);
        if (width === 0) break;
        ascii = false;
        i += width;
      }
    }
    if (ascii) {
      into.push(vocabulary.idOfAscii(text, start, i, hash), start, i, SHAPE_OF_CAPITALS[capitals]!);
    } else {
      into.push(vocabulary.idOf(text.slice(start, i).toLowerCase()), start, i, WordShape.Literal);
    }
  }
}
