import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { top } from './top.js';

const byValueThenIndex = (a: [number, number], b: [number, number]) => b[0] - a[0] || a[1] - b[1];

describe('top', () => {
  it('equals sorting everything and taking the first `count`', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }),
        fc.integer({ min: 0, max: 60 }),
        (values, count) => {
          const items = values.map((value, index): [number, number] => [value, index]);
          const expected = [...items].sort(byValueThenIndex).slice(0, count);
          expect(top(items, count, byValueThenIndex)).toEqual(expected);
        },
      ),
    );
  });
});
