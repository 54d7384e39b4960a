import { WordShape, type DocumentTerms } from './scan.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * A text as the term ids its words were read as: about a third of its UTF-8
 * size. Each op is a LEB128 varint whose bit 0 says a single space follows,
 * bits 1–2 what it is (a `WordShape`, or a gap of non-word characters), and
 * the rest a term id or, for a literal word or a gap, the byte length of
 * the UTF-8 that follows.
 */
const GAP = 3;

/** The most bytes `encodeText` writes for a text of `length` UTF-16 code units. */
export function encodedBound(length: number): number {
  // At most one op per code unit: a 5-byte varint and 3 bytes of UTF-8.
  return length * 8;
}

/**
 * Writes `text` into `out` at `at`, from the words of field `field` of `words`
 * (which `scanTerms` read from this text); returns where it stopped.
 */
export function encodeText(
  text: string,
  words: DocumentTerms,
  field: number,
  out: Buffer,
  at: number,
): number {
  const { ids, starts, ends, shapes } = words;
  const last = words.fieldEnds[field]!;
  let cursor = 0;
  for (let n = words.fieldStart(field); n < last; n++) {
    const start = starts[n]!;
    const end = ends[n]!;
    if (start > cursor) at = writeGap(text, cursor, start, out, at);
    const spaced =
      text.charCodeAt(end) === 32 &&
      (n + 1 === last ? end + 1 === text.length : starts[n + 1] === end + 1);
    const space = spaced ? 1 : 0;
    const shape = shapes[n]!;
    if (shape === WordShape.Literal) at = writeUtf8(text.slice(start, end), shape, space, out, at);
    else at = writeVarint(ids[n]! * 8 + shape * 2 + space, out, at);
    cursor = end + space;
  }
  if (cursor < text.length) at = writeGap(text, cursor, text.length, out, at);
  return at;
}

/** The text stored in `bytes[start, end)` by `encodeText` with `vocabulary`'s ids. */
export function decodeText(
  bytes: Buffer,
  start: number,
  end: number,
  vocabulary: Vocabulary,
): string {
  let text = '';
  let at = start;
  while (at < end) {
    let op = 0;
    let scale = 1;
    let byte: number;
    do {
      byte = bytes[at++]!;
      op += (byte & 0x7f) * scale;
      scale *= 128;
    } while (byte & 0x80);
    const kind = Math.floor(op / 2) & 3;
    const value = Math.floor(op / 8);
    if (kind === WordShape.Lower) text += vocabulary.termOf(value);
    else if (kind === WordShape.Capitalised) text += capitalised(vocabulary.termOf(value));
    else {
      text += bytes.toString('utf8', at, at + value);
      at += value;
    }
    if (op & 1) text += ' ';
  }
  return text;
}

const capitalised = (term: string) => term.charAt(0).toUpperCase() + term.slice(1);

/** A gap between words: written byte by byte when it is ASCII, as it nearly always is. */
function writeGap(text: string, from: number, to: number, out: Buffer, at: number): number {
  for (let i = from; i < to; i++) {
    if (text.charCodeAt(i) >= 128) return writeUtf8(text.slice(from, to), GAP, 0, out, at);
  }
  at = writeVarint((to - from) * 8 + GAP * 2, out, at);
  for (let i = from; i < to; i++) out[at++] = text.charCodeAt(i);
  return at;
}

function writeUtf8(piece: string, kind: number, space: number, out: Buffer, at: number): number {
  at = writeVarint(Buffer.byteLength(piece) * 8 + kind * 2 + space, out, at);
  return at + out.write(piece, at, 'utf8');
}

function writeVarint(value: number, out: Buffer, at: number): number {
  while (value >= 0x80) {
    out[at++] = (value & 0x7f) | 0x80;
    value = Math.floor(value / 128);
  }
  out[at++] = value;
  return at;
}
