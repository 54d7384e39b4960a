import SearchableMap from 'minisearch/SearchableMap';
import type { DerivedTerm, QueryTerm } from './term-types.js';
import type { Vocabulary } from './vocabulary.js';

// MiniSearch's defaults for prefix and typo matches.
const WEIGHT = { prefix: 0.375, fuzzy: 0.45 };
const MAX_FUZZY = 6;

/**
 * Query words → the indexed terms they match, through MiniSearch's radix
 * tree. The tree is filled from the vocabulary on the first look-up after
 * terms were added, not per insert: a rebuild then inserts each term once,
 * with no search waiting.
 */
export class TermExpansion {
  private readonly radix = new SearchableMap<number>();
  private radixTerms: number;

  constructor(private readonly vocabulary: Vocabulary) {
    this.radixTerms = vocabulary.stopwords;
  }

  /** The terms a query word matches: exact, then longer words it starts, then typos. */
  expand(query: QueryTerm): DerivedTerm[] {
    this.sync();
    const derived: DerivedTerm[] = [];
    const exact = this.radix.get(query.term);
    if (exact !== undefined) derived.push({ term: query.term, id: exact, weight: 1 });
    const prefixed = query.prefix ? this.addPrefixed(query.term, derived) : new Set<string>();
    const maxDistance = query.fuzzy
      ? Math.min(MAX_FUZZY, Math.round(query.term.length * query.fuzzy))
      : 0;
    if (maxDistance) this.addFuzzy(query.term, maxDistance, prefixed, derived);
    return derived;
  }

  /** Adds the longer terms `word` starts to `derived`; returns them. */
  private addPrefixed(word: string, derived: DerivedTerm[]): Set<string> {
    const prefixed = new Set<string>();
    for (const [term, id] of this.radix.atPrefix(word)) {
      const distance = term.length - word.length;
      if (!distance) continue;
      prefixed.add(term);
      const weight = (WEIGHT.prefix * term.length) / (term.length + 0.3 * distance);
      derived.push({ term, id, weight });
    }
    return prefixed;
  }

  /** Adds the terms within `maxDistance` typos of `word` to `derived`, except exact and prefixed ones. */
  private addFuzzy(
    word: string,
    maxDistance: number,
    prefixed: ReadonlySet<string>,
    derived: DerivedTerm[],
  ): void {
    for (const [term, [id, distance]] of this.radix.fuzzyGet(word, maxDistance)) {
      if (!distance || prefixed.has(term)) continue;
      derived.push({ term, id, weight: (WEIGHT.fuzzy * term.length) / (term.length + distance) });
    }
  }

  private sync(): void {
    const { vocabulary } = this;
    for (let id = this.radixTerms; id < vocabulary.size; id++) {
      this.radix.set(vocabulary.termOf(id), id);
    }
    this.radixTerms = vocabulary.size;
  }
}
