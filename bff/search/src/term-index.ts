import SearchableMap from 'minisearch/SearchableMap';
import { PostingList } from './postings.js';
import type { DerivedTerm, FieldTerms, QueryTerm, TermMatches } from './term-types.js';

// MiniSearch's defaults, so scores and ranking match what the library computed before.
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const WEIGHT = { prefix: 0.375, fuzzy: 0.45 };
const MAX_FUZZY = 6;

/**
 * A compact inverted index: MiniSearch's radix tree maps each term to a
 * number (it answers the prefix and typo look-ups), and the postings live in
 * typed arrays. Scoring is MiniSearch's BM25 with its prefix and fuzzy
 * weights, combined with AND. Removing a document only marks it dead; the
 * owner rebuilds the index when too many are (see `deadDocs`).
 */
export class TermIndex {
  liveDocs = 0;
  deadDocs = 0;
  private readonly terms = new SearchableMap<number>();
  // The same term → id mapping as a hash map: indexing looks up every term of
  // every document, and a hash look-up is cheaper than walking the radix tree.
  private readonly ids = new Map<string, number>();
  private readonly postings: (PostingList | undefined)[] = [];
  // Per term id, scratch for counting a field's terms: which (doc, field) it was last seen in.
  private seenIn: Int32Array = new Int32Array(1024);
  private frequency: Int32Array = new Int32Array(1024);
  private readonly totalLength: Float64Array;
  private alive = new Uint8Array(1024);
  private fieldLengths: Uint16Array;
  private nextDoc = 0;

  constructor(readonly fieldCount: number) {
    this.totalLength = new Float64Array(this.fieldCount);
    this.fieldLengths = new Uint16Array(1024 * this.fieldCount);
  }

  /** Indexes one document given its terms per field; returns its document number. */
  add(fields: readonly FieldTerms[]): number {
    const doc = this.nextDoc++;
    this.ensureCapacity(doc + 1);
    this.alive[doc] = 1;
    this.liveDocs++;
    fields.forEach(({ terms, length }, field) => {
      this.fieldLengths[doc * this.fieldCount + field] = Math.min(length, 0xffff);
      this.totalLength[field]! += length;
      this.addField(doc, field, terms);
    });
    return doc;
  }

  private addField(doc: number, field: number, terms: readonly string[]): void {
    const stamp = doc * this.fieldCount + field + 1;
    const distinct: number[] = [];
    for (const term of terms) {
      const id = this.idOf(term);
      if (this.seenIn[id] !== stamp) {
        this.seenIn[id] = stamp;
        this.frequency[id] = 0;
        distinct.push(id);
      }
      this.frequency[id]!++;
    }
    for (const id of distinct) {
      const slot = id * this.fieldCount + field;
      (this.postings[slot] ??= new PostingList()).push(doc, this.frequency[id]!);
    }
  }

  private idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(term, id);
      this.terms.set(term, id);
      this.postings.length += this.fieldCount;
      if (id >= this.seenIn.length) {
        this.seenIn = grown(this.seenIn);
        this.frequency = grown(this.frequency);
      }
    }
    return id;
  }

  /** Forgets document `doc`, given the same terms it was added with. */
  remove(doc: number, fields: readonly FieldTerms[]): void {
    if (!this.alive[doc]) return;
    this.alive[doc] = 0;
    this.liveDocs--;
    this.deadDocs++;
    fields.forEach(({ terms }, field) => {
      this.totalLength[field]! -= this.fieldLengths[doc * this.fieldCount + field]!;
      for (const term of new Set(terms)) {
        const id = this.ids.get(term);
        if (id !== undefined) this.postings[id * this.fieldCount + field]!.live--;
      }
    });
  }

  /** The terms each query word matches: exact, then longer words it starts, then typos. */
  expand(query: QueryTerm): DerivedTerm[] {
    const derived: DerivedTerm[] = [];
    const exact = this.terms.get(query.term);
    if (exact !== undefined) derived.push({ term: query.term, id: exact, weight: 1 });
    const prefixed = new Set<string>();
    if (query.prefix) {
      for (const [term, id] of this.terms.atPrefix(query.term)) {
        const distance = term.length - query.term.length;
        if (!distance) continue;
        prefixed.add(term);
        const weight = (WEIGHT.prefix * term.length) / (term.length + 0.3 * distance);
        derived.push({ term, id, weight });
      }
    }
    const maxDistance = query.fuzzy
      ? Math.min(MAX_FUZZY, Math.round(query.term.length * query.fuzzy))
      : 0;
    if (maxDistance) {
      for (const [term, [id, distance]] of this.terms.fuzzyGet(query.term, maxDistance)) {
        if (!distance || prefixed.has(term)) continue;
        derived.push({ term, id, weight: (WEIGHT.fuzzy * term.length) / (term.length + distance) });
      }
    }
    return derived;
  }

  /**
   * Documents matching every query word, scored as MiniSearch would; `boosts`
   * weighs each field, and a field whose boost is 0 is not searched.
   */
  search(query: readonly QueryTerm[], boosts: readonly number[]): TermMatches {
    const fields = [...boosts.keys()].filter((field) => boosts[field]! > 0);
    const expanded = query.map((word) => this.expand(word));
    const scores = new Float64Array(this.nextDoc);
    // How many query words each document has matched so far; AND needs all of them.
    const matched = new Uint16Array(this.nextDoc);
    const touched: number[] = [];
    expanded.forEach((derived, word) => {
      for (const { id, weight } of derived) {
        for (const field of fields) {
          const list = this.postings[id * this.fieldCount + field];
          if (list)
            this.score(list, field, weight * boosts[field]!, word, { scores, matched, touched });
        }
      }
    });
    const quality = query.length;
    const docs = quality ? touched.filter((doc) => matched[doc] === quality) : [];
    return {
      docs,
      score: (doc) => scores[doc]! * quality,
      termsOf: (doc) => this.termsOf(doc, expanded, fields),
    };
  }

  private score(
    list: PostingList,
    field: number,
    weight: number,
    word: number,
    into: { scores: Float64Array; matched: Uint16Array; touched: number[] },
  ): void {
    const { scores, matched, touched } = into;
    const documentFrequency = list.live;
    const idf = Math.log(1 + (this.liveDocs - documentFrequency + 0.5) / (documentFrequency + 0.5));
    const averageLength = this.totalLength[field]! / Math.max(1, this.liveDocs) || 1;
    const factor = weight * idf;
    const { k, b, d } = BM25;
    // Locals, not property reads, in the loop that runs once per posting.
    const { docs, freqs, length: postings } = list;
    const { alive, fieldLengths, fieldCount } = this;
    for (let i = 0; i < postings; i++) {
      const doc = docs[i]!;
      const seen = matched[doc]!;
      // A document that missed an earlier word can no longer match them all.
      if (!alive[doc] || seen < word) continue;
      if (seen === word) {
        matched[doc] = word + 1;
        if (word === 0) touched.push(doc);
      }
      const tf = freqs[i]!;
      const length = fieldLengths[doc * fieldCount + field]!;
      const saturation = (tf * (k + 1)) / (tf + k * (1 - b + (b * length) / averageLength));
      scores[doc]! += factor * (d + saturation);
    }
  }

  private termsOf(doc: number, expanded: DerivedTerm[][], fields: readonly number[]): string[] {
    const found = new Set<string>();
    for (const derived of expanded) {
      for (const { term, id } of derived) {
        const base = id * this.fieldCount;
        if (fields.some((field) => this.postings[base + field]?.has(doc))) found.add(term);
      }
    }
    return [...found];
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

function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
