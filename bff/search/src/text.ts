/** How text becomes index terms; the highlighter uses the same rules so marks line up. */

const WORD = /[\p{L}\p{N}]+/gu;

// Words so common they match nearly every article: indexing them costs time
// and memory and their matches say nothing about relevance.
export const STOPWORDS = new Set(
  (
    'a an and are as at be but by for from had has have he her his i in into is it its of on ' +
    'or our she so than that the their them there these they this to was were which while ' +
    'who will with you'
  ).split(' '),
);

/** The words of `text`: runs of letters and digits. */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Lower-case term, or null for a stopword (the index then skips it). */
export function processTerm(term: string): string | null {
  const lower = term.toLowerCase();
  return STOPWORDS.has(lower) ? null : lower;
}

export interface WordSpan {
  start: number;
  end: number;
  term: string | null;
}

/** Every word of `text` with its offsets and the term it indexes as. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    spans.push({ start, end: start + match[0].length, term: processTerm(match[0]) });
  }
  return spans;
}

/**
 * Markdown to the plain text a snippet shows: markup characters, link
 * targets and HTML tags go, the words stay.
 */
export function plainText(markdown: string): string {
  let text = markdown;
  // Most bodies have no code, links or HTML: skip those patterns unless their
  // marker is there (a substring search costs far less than a regex pass).
  if (text.includes('```')) text = text.replace(/```[^\n]*\n?/g, ' ');
  if (text.includes('](')) text = text.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
  if (text.includes('<')) text = text.replace(/<[^>]+>/g, ' ');
  return (
    text
      .replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
      .replace(/[*_`~|]+/g, '')
      // Runs of two or more, or a lone newline or tab: far fewer matches than /\s+/ on prose.
      .replace(/\s\s+|[^\S ]/g, ' ')
      .trim()
  );
}

/** Milliseconds since `since` (a performance.now() reading), to 0.01 ms. */
export function elapsed(since: number): number {
  return Math.round((performance.now() - since) * 100) / 100;
}
