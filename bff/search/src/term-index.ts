import SearchableMap from 'minisearch/SearchableMap';
import { scorePostings, type Accumulator, type FieldStatistics } from './bm25.js';
import { PostingList } from './postings.js';
import type { DocumentTerms } from './scan.js';
import type { DerivedTerm, QueryTerm, TermMatches } from './term-types.js';
import { Vocabulary } from './vocabulary.js';

// MiniSearch's defaults for prefix and typo matches.
const WEIGHT = { prefix: 0.375, fuzzy: 0.45 };
const MAX_FUZZY = 6;

export interface TermIndexOptions {
  fieldCount: number;
  /** Fields in which a repeated term counts once (its frequency is 1). */
  countOnce?: readonly number[];
}

/**
 * A compact inverted index: a vocabulary numbers the terms, the postings
 * live in typed arrays, and MiniSearch's radix tree answers prefix and typo
 * look-ups. Scoring is MiniSearch's BM25 with its prefix and fuzzy weights,
 * combined with AND. Removing a document only marks it dead; the owner
 * rebuilds the index when too many are (see `deadDocs`).
 */
export class TermIndex {
  liveDocs = 0;
  deadDocs = 0;
  readonly vocabulary = new Vocabulary();
  readonly fieldCount: number;
  private readonly countOnce: Uint8Array;
  // Filled from the vocabulary on the first look-up after terms were added,
  // not per insert: a rebuild then inserts each term once, with no search waiting.
  private readonly radix = new SearchableMap<number>();
  private radixTerms: number;
  private readonly postings: (PostingList | undefined)[] = [];
  // Per term id, scratch for one field of one document: the visit it was last
  // seen in, its frequency there, and the distinct ids of the field.
  private seenIn: Int32Array = new Int32Array(1024);
  private frequency: Int32Array = new Int32Array(1024);
  private distinct = new Int32Array(1024);
  private visit = 0;
  private readonly totalLength: Float64Array;
  private alive = new Uint8Array(1024);
  private fieldLengths: Uint16Array;
  private nextDoc = 0;
  // Scratch of the latest search; `searches` tells a stale TermMatches from a current one.
  private accumulator: Accumulator | undefined;
  private searches = 0;

  constructor(options: TermIndexOptions) {
    this.fieldCount = options.fieldCount;
    this.countOnce = new Uint8Array(this.fieldCount);
    for (const field of options.countOnce ?? []) this.countOnce[field] = 1;
    this.totalLength = new Float64Array(this.fieldCount);
    this.fieldLengths = new Uint16Array(1024 * this.fieldCount);
    this.radixTerms = this.vocabulary.stopwords;
  }

  /** Indexes one document from its terms (read with this index's vocabulary); returns its number. */
  add(terms: DocumentTerms): number {
    const doc = this.nextDoc++;
    this.ensureDocCapacity(doc + 1);
    this.ensureTermCapacity();
    this.alive[doc] = 1;
    this.liveDocs++;
    for (let field = 0; field < this.fieldCount; field++) {
      const count = this.countDistinct(terms, field);
      this.fieldLengths[doc * this.fieldCount + field] = Math.min(count, 0xffff);
      this.totalLength[field]! += count;
      const frequent = this.countOnce[field] === 0;
      for (let i = 0; i < count; i++) {
        const id = this.distinct[i]!;
        if (this.vocabulary.isStopword(id)) continue;
        const slot = id * this.fieldCount + field;
        (this.postings[slot] ??= new PostingList(frequent)).push(doc, this.frequency[id]!);
      }
    }
    return doc;
  }

  /** Forgets document `doc`, given the same terms it was added with. */
  remove(doc: number, terms: DocumentTerms): void {
    if (!this.alive[doc]) return;
    this.ensureTermCapacity();
    this.alive[doc] = 0;
    this.liveDocs--;
    this.deadDocs++;
    for (let field = 0; field < this.fieldCount; field++) {
      this.totalLength[field]! -= this.fieldLengths[doc * this.fieldCount + field]!;
      const count = this.countDistinct(terms, field);
      for (let i = 0; i < count; i++) {
        const list = this.postings[this.distinct[i]! * this.fieldCount + field];
        if (list) list.live--;
      }
    }
  }

  /** The distinct ids of one field into `distinct`, with their frequencies; returns how many. */
  private countDistinct(terms: DocumentTerms, field: number): number {
    if (this.visit === 0x7fffffff) {
      this.seenIn.fill(0);
      this.visit = 0;
    }
    const visit = ++this.visit;
    const { ids } = terms;
    const end = terms.fieldEnds[field]!;
    if (this.distinct.length < end) this.distinct = new Int32Array(end * 2);
    let count = 0;
    for (let i = terms.fieldStart(field); i < end; i++) {
      const id = ids[i]!;
      if (this.seenIn[id] !== visit) {
        this.seenIn[id] = visit;
        this.frequency[id] = 0;
        this.distinct[count++] = id;
      }
      this.frequency[id]!++;
    }
    return count;
  }

  /** The terms each query word matches: exact, then longer words it starts, then typos. */
  expand(query: QueryTerm): DerivedTerm[] {
    this.syncRadix();
    const derived: DerivedTerm[] = [];
    const exact = this.radix.get(query.term);
    if (exact !== undefined) derived.push({ term: query.term, id: exact, weight: 1 });
    const prefixed = new Set<string>();
    if (query.prefix) {
      for (const [term, id] of this.radix.atPrefix(query.term)) {
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
      for (const [term, [id, distance]] of this.radix.fuzzyGet(query.term, maxDistance)) {
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
    const statistics = fields.map((field) => this.statisticsOf(field));
    const expanded = query.map((word) => this.expand(word));
    const into = this.freshAccumulator();
    const generation = this.searches;
    expanded.forEach((derived, word) => {
      for (const { id, weight } of derived) {
        fields.forEach((field, f) => {
          const list = this.postings[id * this.fieldCount + field];
          if (list) scorePostings(list, weight * boosts[field]!, word, statistics[f]!, into);
        });
      }
    });
    const quality = query.length;
    const docs = quality ? into.touched.filter((doc) => into.matched[doc] === quality) : [];
    const current = () => {
      if (generation !== this.searches) throw new Error('matches read after a later search');
    };
    return {
      docs,
      score: (doc) => (current(), into.scores[doc]! * quality),
      termsOf: (doc) => (current(), this.termsOf(doc, expanded, fields)),
    };
  }

  /**
   * Per-document totals for a search, zero again: the previous search's are
   * reused, clearing only the documents it touched. Two fresh arrays the
   * size of the index per search cost more than a whole cached answer,
   * because fresh memory is slow to touch on this VM.
   */
  private freshAccumulator(): Accumulator {
    this.searches++;
    const reused = this.accumulator;
    if (reused && reused.scores.length >= this.nextDoc) {
      for (const doc of reused.touched) {
        reused.scores[doc] = 0;
        reused.matched[doc] = 0;
      }
      reused.touched = [];
      return reused;
    }
    const size = this.alive.length;
    this.accumulator = {
      scores: new Float64Array(size),
      matched: new Uint16Array(size),
      touched: [],
    };
    return this.accumulator;
  }

  private statisticsOf(field: number): FieldStatistics {
    const { liveDocs, alive, fieldLengths, fieldCount } = this;
    const averageLength = this.totalLength[field]! / Math.max(1, liveDocs);
    return { liveDocs, averageLength, alive, fieldLengths, fieldCount, field };
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

  private syncRadix(): void {
    const { vocabulary } = this;
    for (let id = this.radixTerms; id < vocabulary.size; id++) {
      this.radix.set(vocabulary.termOf(id), id);
    }
    this.radixTerms = vocabulary.size;
  }

  private ensureTermCapacity(): void {
    const terms = this.vocabulary.size;
    while (this.postings.length < terms * this.fieldCount) this.postings.push(undefined);
    if (terms <= this.seenIn.length) return;
    const size = Math.max(terms, this.seenIn.length * 2);
    this.seenIn = resized(this.seenIn, size);
    this.frequency = resized(this.frequency, size);
  }

  private ensureDocCapacity(docs: number): void {
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

function resized(array: Int32Array, length: number): Int32Array {
  const bigger = new Int32Array(length);
  bigger.set(array);
  return bigger;
}
