import { HASH_START, hashStep, lowerAscii, type Vocabulary } from './vocabulary.js';

/**
 * The terms of one document as vocabulary ids, field after field, stopwords
 * included (they count towards a field's length; the index posts nothing for
 * them). One buffer is reused from document to document.
 */
export class DocumentTerms {
  ids = new Int32Array(1024);
  count = 0;
  /** Field f's ids are ids[fieldStart(f)] up to ids[fieldEnds[f]]. */
  readonly fieldEnds: Int32Array;

  constructor(readonly fieldCount: number) {
    this.fieldEnds = new Int32Array(fieldCount);
  }

  clear(): void {
    this.count = 0;
  }

  fieldStart(field: number): number {
    return field === 0 ? 0 : this.fieldEnds[field - 1]!;
  }

  push(id: number): void {
    if (this.count === this.ids.length) {
      const ids = new Int32Array(this.count * 2);
      ids.set(this.ids);
      this.ids = ids;
    }
    this.ids[this.count++] = id;
  }

  endField(field: number): void {
    this.fieldEnds[field] = this.count;
  }
}

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
 * Appends the term id of every word of `text` to `into`: the same words
 * `tokenize` finds, lower-cased as `processTerm` does, read in one pass.
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
    let hash = HASH_START;
    while (i < end) {
      const code = text.charCodeAt(i);
      if (code < 128) {
        if (ASCII_WORD[code] === 0) break;
        hash = hashStep(hash, lowerAscii(code));
        i++;
      } else {
        const width = wordWidth(text, i);
        if (width === 0) break;
        ascii = false;
        i += width;
      }
    }
    into.push(
      ascii
        ? vocabulary.idOfAscii(text, start, i, hash)
        : vocabulary.idOf(text.slice(start, i).toLowerCase()),
    );
  }
}
