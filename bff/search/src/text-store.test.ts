import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentTerms, scanTerms } from './scan.js';
import { TextStore } from './text-store.js';
import { Vocabulary } from './vocabulary.js';

/** A store of `width` texts per record and a helper that scans and adds one record. */
function storeOf(width: number) {
  const vocabulary = new Vocabulary();
  const store = new TextStore(width, vocabulary);
  const words = new DocumentTerms(width);
  const add = (texts: string[]) => {
    words.clear();
    texts.forEach((text, field) => {
      scanTerms(text, vocabulary, words);
      words.endField(field);
    });
    return store.add(texts, words);
  };
  return { store, add };
}

// Words in every spelling the codec tells apart, and the gaps between them.
const pieces = fc.constantFrom(
  ...['harbour', 'Harbour', 'HARBOUR', 'hArbour', 'x', 'X', '42', 'X9', 'the', 'The'],
  ...['Ärger', 'straße', 'İstanbul', 'Дом', '東京', '𝒳yz', '😀', 'e\u0301', '_'],
  ...[' ', '  ', ', ', '. ', '\n', '\n\n', '—', ' – ', '"', '', '\t'],
);

describe('TextStore', () => {
  it('gives back every text of every record as it was stored', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string(), fc.string({ unit: 'grapheme' })), { maxLength: 50 }),
        (records) => {
          const { store, add } = storeOf(2);
          const numbers = records.map((texts) => add(texts));
          records.forEach((texts, n) => {
            expect(store.get(numbers[n]!, 0)).toBe(texts[0]);
            expect(store.get(numbers[n]!, 1)).toBe(texts[1]);
          });
        },
      ),
    );
  });

  it('gives back texts made of words in every spelling, spaces and punctuation', () => {
    fc.assert(
      fc.property(fc.array(fc.array(pieces, { maxLength: 30 }), { maxLength: 10 }), (parts) => {
        const { store, add } = storeOf(1);
        const texts = parts.map((pieces) => pieces.join(''));
        const numbers = texts.map((text) => add([text]));
        expect(numbers.map((n) => store.get(n, 0))).toEqual(texts);
      }),
      { numRuns: 300 },
    );
  });

  it('holds records across blocks, including one larger than a block', () => {
    const { store, add } = storeOf(1);
    const big = 'x'.repeat(5 << 20);
    const texts = [
      'first',
      big,
      ...Array.from({ length: 3000 }, (_, n) => `text ${n} `.repeat(200)),
    ];
    const numbers = texts.map((text) => add([text]));
    expect(numbers.map((n) => store.get(n, 0))).toEqual(texts);
    expect(store.size).toBe(texts.length);
  });

  it('refuses a record of the wrong width and a record it does not hold', () => {
    const { store, add } = storeOf(2);
    expect(() => add(['only one'])).toThrow(RangeError);
    expect(() => store.get(0, 0)).toThrow(RangeError);
  });
});
