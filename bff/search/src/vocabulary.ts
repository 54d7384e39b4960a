import { STOPWORDS } from './text.js';

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** One step of FNV-1a over UTF-16 code units: the scanner hashes a word while it reads it. */
export const hashStep = (hash: number, code: number) => Math.imul(hash ^ code, FNV_PRIME);
export const HASH_START = FNV_OFFSET;

function hashOf(term: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < term.length; i++) hash = hashStep(hash, term.charCodeAt(i));
  return hash;
}

/**
 * Lower-case terms ↔ dense ids. An open-addressing hash table rather than a
 * Map: indexing looks up every word of every article, and the table can look
 * up an ASCII word straight from the text it was read from, without
 * allocating a string for it. Stopwords hold the first ids, so `isStopword`
 * is one comparison.
 */
export class Vocabulary {
  private readonly terms: string[] = [];
  private hashes = new Int32Array(1024);
  /** Slot → id + 1; 0 is an empty slot. */
  private slots = new Int32Array(2048);
  readonly stopwords: number;

  constructor() {
    for (const stopword of STOPWORDS) this.idOf(stopword);
    this.stopwords = this.terms.length;
  }

  get size(): number {
    return this.terms.length;
  }

  termOf(id: number): string {
    return this.terms[id]!;
  }

  isStopword(id: number): boolean {
    return id < this.stopwords;
  }

  /** The id of a lower-case term, added if new. */
  idOf(term: string): number {
    const hash = hashOf(term);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]! - 1;
      if (id < 0) return this.insert(term, hash, slot);
      if (this.hashes[id] === hash && this.terms[id] === term) return id;
    }
  }

  /**
   * The id of `text.slice(start, end)` lower-cased, added if new; the span
   * must be ASCII and `hash` its lower-case hash (built with `hashStep`).
   */
  idOfAscii(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]! - 1;
      if (id < 0) return this.insert(text.slice(start, end).toLowerCase(), hash, slot);
      if (this.hashes[id] === hash && sameAscii(this.terms[id]!, text, start, end)) return id;
    }
  }

  private insert(term: string, hash: number, slot: number): number {
    const id = this.terms.push(term) - 1;
    if (id === this.hashes.length) {
      const hashes = new Int32Array(id * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[id] = hash;
    this.slots[slot] = id + 1;
    // At most half full, so probe runs stay short.
    if (this.terms.length * 2 > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.terms.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}

/** Whether `term` equals the ASCII span `text[start, end)` lower-cased. */
function sameAscii(term: string, text: string, start: number, end: number): boolean {
  if (term.length !== end - start) return false;
  for (let i = 0; i < term.length; i++) {
    if (term.charCodeAt(i) !== lowerAscii(text.charCodeAt(start + i))) return false;
  }
  return true;
}

/** A-Z to a-z; every other code unit as it is. */
export const lowerAscii = (code: number) => (code >= 65 && code <= 90 ? code | 0x20 : code);
