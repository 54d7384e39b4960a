import { describe, expect, it } from 'vitest';
import { highlight, opening, snippet } from './highlight.js';
import { plainText } from './text.js';

describe('highlight', () => {
  it('marks every word whose term matched, whatever its case', () => {
    expect(highlight('Rain, rain, go away', new Set(['rain']))).toEqual([
      { text: 'Rain', match: true },
      { text: ', ', match: false },
      { text: 'rain', match: true },
      { text: ', go away', match: false },
    ]);
  });

  it('returns the text as one unmarked run when nothing matched', () => {
    expect(highlight('Nothing here', new Set(['rain']))).toEqual([
      { text: 'Nothing here', match: false },
    ]);
  });
});

describe('snippet', () => {
  const long =
    `${'opening words '.repeat(20)}the harbour bridge ${'closing words '.repeat(20)}`.trim();

  it('shows the text around the first match, with ellipses where text was cut', () => {
    const segments = snippet(long, new Set(['harbour']), 80)!;
    const text = segments.map((segment) => segment.text).join('');
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(90);
    expect(segments).toContainEqual({ text: 'harbour', match: true });
  });

  it('gives null when no word matched', () => {
    expect(snippet(long, new Set(['tram']))).toBeNull();
  });
});

describe('opening', () => {
  it('cuts long text at a word boundary', () => {
    expect(opening('one two three four', 9)).toEqual([{ text: 'one two …', match: false }]);
  });
});

describe('plainText', () => {
  it('drops Markdown markup, link targets and HTML but keeps the words', () => {
    const markdown =
      '## Title\n\nSome **bold** and [a link](http://x.test) <b>here</b>.\n\n> quoted';
    expect(plainText(markdown)).toBe('Title Some bold and a link here . quoted');
  });
});
