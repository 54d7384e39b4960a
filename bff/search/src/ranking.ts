import type { TermMatches } from './term-types.js';
import { top } from './top.js';

export const roundScore = (score: number) => Math.round(score * 1000) / 1000;

/** The best `count` of the matching documents, best first; equal scores keep index order. */
export function topScored(matches: number[], found: TermMatches, count: number): number[] {
  return top(matches, count, (a, b) => found.score(b) - found.score(a) || a - b);
}

/**
 * Whole phrases from the matched terms of each document (MiniSearch's
 * autoSuggest): documents matching the same terms share one suggestion, scored
 * by their average.
 */
export function suggestions(found: TermMatches): { text: string; score: number }[] {
  const phrases = new Map<string, { score: number; count: number }>();
  for (const doc of found.docs) {
    const text = found.termsOf(doc).join(' ');
    const phrase = phrases.get(text);
    if (phrase) {
      phrase.score += found.score(doc);
      phrase.count++;
    } else phrases.set(text, { score: found.score(doc), count: 1 });
  }
  return [...phrases]
    .map(([text, { score, count }]) => ({ text, score: roundScore(score / count) }))
    .sort((a, b) => b.score - a.score);
}
