/** How articles and queries become terms of the term index, and how each field weighs. */
import type { FieldTerms, QueryTerm } from './term-types.js';
import { processTerm, tokenize } from './text.js';

// Per field, in the order fieldTerms lists them (title, summary, body, tags):
// headlines say what a story is about; tags are coarse and shared by many stories.
export const SEARCH_BOOSTS = [4, 2, 1, 0.75];
// Suggestions complete words of headlines and tags, unweighted.
export const SUGGEST_BOOSTS = [1, 0, 0, 1];
export const FIELD_COUNT = SEARCH_BOOSTS.length;

// Prefix matching from three letters (fewer matches nearly everything);
// one typo from five letters, two from ten (0.2 × length, rounded).
const fuzzy = (term: string) => (term.length >= 5 ? 0.2 : false);

function termsOf(words: readonly string[]): string[] {
  const terms: string[] = [];
  for (const word of words) {
    const term = processTerm(word);
    if (term !== null) terms.push(term);
  }
  return terms;
}

function field(text: string, name?: string): FieldTerms {
  const words = tokenize(text, name);
  // A body's words come back distinct already.
  const length = name === 'body' ? words.length : new Set(words).size;
  return { terms: termsOf(words), length };
}

/** The terms of each field of an article (its body as plain text): title, summary, body, tags. */
export function fieldTerms(article: {
  title: string;
  summary: string;
  text: string;
  tags: readonly string[];
}): FieldTerms[] {
  return [
    field(article.title),
    field(article.summary),
    field(article.text, 'body'),
    field(article.tags.join(' ')),
  ];
}

/** Distinct query words; `prefix` says which may match as the start of a longer word. */
export function queryTerms(
  q: string,
  prefix: (term: string, last: boolean) => boolean,
): QueryTerm[] {
  const terms = [...new Set(termsOf(tokenize(q)))];
  return terms.map((term, i) => ({
    term,
    prefix: prefix(term, i === terms.length - 1),
    fuzzy: fuzzy(term),
  }));
}
