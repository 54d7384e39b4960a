import type { Segment } from './contract.js';
import { wordSpans, type WordSpan } from './text.js';

const ELLIPSIS = '…';

/** Splits `text` into runs, marking each word whose term is in `matched`. */
export function highlight(text: string, matched: ReadonlySet<string>): Segment[] {
  return segmentsOf(text, wordSpans(text), matched, 0, text.length);
}

function segmentsOf(
  text: string,
  spans: WordSpan[],
  matched: ReadonlySet<string>,
  from: number,
  to: number,
): Segment[] {
  const segments: Segment[] = [];
  let cursor = from;
  const push = (end: number, match: boolean) => {
    if (end <= cursor) return;
    const last = segments[segments.length - 1];
    const piece = text.slice(cursor, end);
    if (last && last.match === match) last.text += piece;
    else segments.push({ text: piece, match });
    cursor = end;
  };
  for (const span of spans) {
    if (span.start < from || span.end > to) continue;
    if (span.term === null || !matched.has(span.term)) continue;
    push(span.start, false);
    push(span.end, true);
  }
  push(to, false);
  return segments;
}

function mergeRuns(segments: Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (last && last.match === segment.match) last.text += segment.text;
    else merged.push({ ...segment });
  }
  return merged;
}

/**
 * About `length` characters of `text` around its first matched word, cut at
 * word boundaries, with an ellipsis where text was left out. Null when no
 * word matches, so the caller can try another field.
 */
export function snippet(
  text: string,
  matched: ReadonlySet<string>,
  length = 180,
): Segment[] | null {
  const spans = wordSpans(text);
  const first = spans.find((span) => span.term !== null && matched.has(span.term));
  if (!first) return null;
  const lead = Math.floor(length / 3);
  const startSpan = spans.find((span) => span.end > first.start - lead) ?? first;
  const from = startSpan.start;
  const lastSpan = [...spans].reverse().find((span) => span.end <= from + length) ?? first;
  const to = Math.max(lastSpan.end, first.end);
  const segments = segmentsOf(text, spans, matched, from, to);
  if (from > 0) segments.unshift({ text: `${ELLIPSIS} `, match: false });
  if (to < text.length) segments.push({ text: ` ${ELLIPSIS}`, match: false });
  return mergeRuns(segments);
}

/** The opening of `text` without marks, for a hit whose match is only in its tags. */
export function opening(text: string, length = 180): Segment[] {
  if (text.length <= length) return text ? [{ text, match: false }] : [];
  const cut = text.lastIndexOf(' ', length);
  return [{ text: `${text.slice(0, cut > 0 ? cut : length)} ${ELLIPSIS}`, match: false }];
}
