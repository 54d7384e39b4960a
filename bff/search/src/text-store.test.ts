import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextStore } from './text-store.js';

describe('TextStore', () => {
  it('gives back every text of every record as it was stored', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string(), fc.string({ unit: 'grapheme' })), { maxLength: 50 }),
        (records) => {
          const store = new TextStore(2);
          const numbers = records.map((texts) => store.add(texts));
          records.forEach((texts, n) => {
            expect(store.get(numbers[n]!, 0)).toBe(texts[0]);
            expect(store.get(numbers[n]!, 1)).toBe(texts[1]);
          });
        },
      ),
    );
  });

  it('holds records across blocks, including one larger than a block', () => {
    const store = new TextStore(1);
    const big = 'x'.repeat(5 << 20);
    const texts = [
      'first',
      big,
      ...Array.from({ length: 3000 }, (_, n) => `text ${n} `.repeat(200)),
    ];
    const numbers = texts.map((text) => store.add([text]));
    expect(numbers.map((n) => store.get(n, 0))).toEqual(texts);
    expect(store.size).toBe(texts.length);
  });

  it('refuses a record of the wrong width and a record it does not hold', () => {
    const store = new TextStore(2);
    expect(() => store.add(['only one'])).toThrow(RangeError);
    expect(() => store.get(0, 0)).toThrow(RangeError);
  });
});
