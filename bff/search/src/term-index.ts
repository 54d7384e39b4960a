import { scorePostings } from './bm25.js';
import { DistinctTerms } from './distinct-terms.js';
import { DocumentTable } from './document-table.js';
import { PostingList } from './postings.js';
import type { DocumentTerms } from './scan.js';
import { ScoreScratch } from './score-scratch.js';
import { TermExpansion } from './term-expansion.js';
import type { DerivedTerm, QueryTerm, TermMatches } from './term-types.js';
import { Vocabulary } from './vocabulary.js';

export interface TermIndexOptions {
  fieldCount: number;
  /** Fields in which a repeated term counts once (its frequency is 1). */
  countOnce?: readonly number[];
  /** The term ids documents are added with (default: a new vocabulary). */
  vocabulary?: Vocabulary;
}

/**
 * A compact inverted index: a vocabulary numbers the terms, the postings
 * live in typed arrays, and MiniSearch's radix tree answers prefix and typo
 * look-ups. Scoring is MiniSearch's BM25 with its prefix and fuzzy weights,
 * combined with AND. Removing a document only marks it dead; the owner
 * rebuilds the index when too many are (see `deadDocs`).
 */
export class TermIndex {
  readonly vocabulary: Vocabulary;
  readonly fieldCount: number;
  private readonly countOnce: Uint8Array;
  private readonly documents: DocumentTable;
  /** The posting list of term id in field f at postings[id * fieldCount + f]. */
  private readonly postings: (PostingList | undefined)[] = [];
  private readonly distinct = new DistinctTerms();
  private readonly expansion: TermExpansion;
  private readonly scratch = new ScoreScratch();

  constructor(options: TermIndexOptions) {
    this.vocabulary = options.vocabulary ?? new Vocabulary();
    this.expansion = new TermExpansion(this.vocabulary);
    this.fieldCount = options.fieldCount;
    this.countOnce = new Uint8Array(this.fieldCount);
    for (const field of options.countOnce ?? []) this.countOnce[field] = 1;
    this.documents = new DocumentTable(this.fieldCount);
  }

  get liveDocs(): number {
    return this.documents.liveDocs;
  }

  get deadDocs(): number {
    return this.documents.deadDocs;
  }

  /** Indexes one document from its terms (read with this index's vocabulary); returns its number. */
  add(terms: DocumentTerms): number {
    const doc = this.documents.add();
    this.ensureTermCapacity();
    const { postings, vocabulary, fieldCount } = this;
    for (let field = 0; field < fieldCount; field++) {
      const count = this.distinct.count(terms, field);
      this.documents.setLength(doc, field, count);
      const frequent = this.countOnce[field] === 0;
      // Read after counting, which may have grown `ids`.
      const { ids, frequency } = this.distinct;
      for (let i = 0; i < count; i++) {
        const id = ids[i]!;
        if (vocabulary.isStopword(id)) continue;
        const slot = id * fieldCount + field;
        (postings[slot] ??= new PostingList(frequent)).push(doc, frequency[id]!);
      }
    }
    return doc;
  }

  /** Forgets document `doc`, given the same terms it was added with. */
  remove(doc: number, terms: DocumentTerms): void {
    if (!this.documents.remove(doc)) return;
    this.ensureTermCapacity();
    for (let field = 0; field < this.fieldCount; field++) {
      const count = this.distinct.count(terms, field);
      const { ids } = this.distinct;
      for (let i = 0; i < count; i++) {
        const list = this.postings[ids[i]! * this.fieldCount + field];
        if (list) list.live--;
      }
    }
  }

  /**
   * Documents matching every query word, scored as MiniSearch would; `boosts`
   * weighs each field, and a field whose boost is 0 is not searched.
   */
  search(query: readonly QueryTerm[], boosts: readonly number[]): TermMatches {
    const fields = [...boosts.keys()].filter((field) => boosts[field]! > 0);
    const statistics = fields.map((field) => this.documents.statisticsOf(field));
    const expanded = query.map((word) => this.expansion.expand(word));
    const { documents, scratch } = this;
    const into = scratch.fresh(documents.size, documents.alive.length);
    const generation = scratch.generation;
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
      if (generation !== scratch.generation) throw new Error('matches read after a later search');
    };
    return {
      docs,
      score: (doc) => (current(), into.scores[doc]! * quality),
      termsOf: (doc) => (current(), this.termsOf(doc, expanded, fields)),
    };
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

  private ensureTermCapacity(): void {
    const terms = this.vocabulary.size;
    while (this.postings.length < terms * this.fieldCount) this.postings.push(undefined);
    this.distinct.ensureTerms(terms);
  }
}
