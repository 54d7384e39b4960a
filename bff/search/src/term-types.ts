// The vocabulary the term index speaks: query words, what they expand to, what a search returns.

/** One query word and how loosely it may match. */
export interface QueryTerm {
  term: string;
  prefix: boolean;
  /** Allowed typos as a fraction of the word's length (MiniSearch's rule), or false. */
  fuzzy: number | false;
}

/** An indexed term a query word matched, with the weight MiniSearch gives such a match. */
export interface DerivedTerm {
  term: string;
  id: number;
  weight: number;
}

/** The documents that matched every query word, and how to score and explain each. */
export interface TermMatches {
  docs: number[];
  score(doc: number): number;
  /** The indexed terms that matched `doc`, in query order, for highlighting. */
  termsOf(doc: number): string[];
}
