/** How articles and queries become terms of the term index, and how each field weighs. */
import { scanTerms, type DocumentTerms } from './scan.js';
import type { QueryTerm } from './term-types.js';
import { processTerm, tokenize } from './text.js';
import type { Vocabulary } from './vocabulary.js';

// Per field, in the order articleTerms lists them (title, summary, body, tags):
// headlines say what a story is about; tags are coarse and shared by many stories.
export const SEARCH_BOOSTS = [4, 2, 1, 0.75];
// Suggestions complete words of headlines and tags, unweighted.
export const SUGGEST_BOOSTS = [1, 0, 0, 1];
export const FIELD_COUNT = SEARCH_BOOSTS.length;
// Each body word counts once: repeats only nudge the score (the field length
// counts distinct words anyway), yet indexing them was most of the rebuild time.
export const COUNT_ONCE = [2];

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

/**
 * The terms of each field of an article (its body as plain text), appended
 * to `into` as its document: title, summary, body, tags.
 */
export function articleTerms(
  article: { title: string; summary: string; text: string; tags: readonly string[] },
  vocabulary: Vocabulary,
  into: DocumentTerms,
): void {
  into.first = into.count;
  const fields = [article.title, article.summary, article.text, article.tags.join(' ')];
  fields.forEach((text, field) => {
    scanTerms(text, vocabulary, into);
    into.endField(field);
  });
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
