import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentTerms, scanTerms } from './scan.js';
import { tokenize } from './text.js';
import { Vocabulary } from './vocabulary.js';

function scanned(text: string, vocabulary = new Vocabulary()): string[] {
  const into = new DocumentTerms(1);
  scanTerms(text, vocabulary, into);
  return [...into.ids.subarray(0, into.count)].map((id) => vocabulary.termOf(id));
}

// Letters and digits of several scripts, astral ones, marks, punctuation and spaces.
const pieces = fc.constantFrom(
  ...['Harbour', 'harbour', 'HARBOUR', 'tram', 'the', 'Of', '42', 'x9', ' ', ', ', '\n', '-'],
  ...['Ärger', 'straße', 'İstanbul', 'ΟΔΟΣ', 'Дом', '東京', '𝒳yz', '😀', 'e\u0301', '\ud800', '_'],
);

describe('scanTerms', () => {
  it('reads the words tokenize finds, lower-cased as processTerm does, stopwords included', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(scanned(text)).toEqual(tokenize(text).map((word) => word.toLowerCase()));
      }),
      { numRuns: 300 },
    );
  });

  it('reads arbitrary text the same way', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        expect(scanned(text)).toEqual(tokenize(text).map((word) => word.toLowerCase()));
      }),
      { numRuns: 300 },
    );
  });

  it('gives a word the same id whatever its case and however it was looked up', () => {
    const vocabulary = new Vocabulary();
    scanned('Harbour harbour HARBOUR', vocabulary);
    const id = vocabulary.idOf('harbour');
    const into = new DocumentTerms(1);
    scanTerms('HarBour', vocabulary, into);
    expect([...into.ids.subarray(0, into.count)]).toEqual([id]);
    expect(vocabulary.isStopword(vocabulary.idOf('the'))).toBe(true);
    expect(vocabulary.isStopword(id)).toBe(false);
  });

  it('keeps every id after the table grows', () => {
    const vocabulary = new Vocabulary();
    const words = Array.from({ length: 5000 }, (_, n) => `w${n.toString(36)}`);
    const ids = words.map((word) => vocabulary.idOf(word));
    expect(new Set(ids).size).toBe(words.length);
    expect(scanned(words.join(' ').toUpperCase(), vocabulary)).toEqual(words);
    expect(words.map((word) => vocabulary.idOf(word))).toEqual(ids);
  });
});
