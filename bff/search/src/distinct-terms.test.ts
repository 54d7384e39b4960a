import { describe, expect, it } from 'vitest';
import { DistinctTerms } from './distinct-terms.js';
import { DocumentTerms } from './scan.js';

function documentOf(...fields: number[][]): DocumentTerms {
  const terms = new DocumentTerms(fields.length);
  fields.forEach((ids, field) => {
    for (const id of ids) terms.push(id);
    terms.endField(field);
  });
  return terms;
}

const counted = (distinct: DistinctTerms, count: number) =>
  [...distinct.ids.subarray(0, count)].map((id) => [id, distinct.frequency[id]]);

describe('DistinctTerms', () => {
  it('lists each field’s distinct ids in first-seen order with their frequencies', () => {
    const distinct = new DistinctTerms();
    const terms = documentOf([7, 3, 7, 7], [3, 5]);
    expect(counted(distinct, distinct.count(terms, 0))).toEqual([
      [7, 3],
      [3, 1],
    ]);
    expect(counted(distinct, distinct.count(terms, 1))).toEqual([
      [3, 1],
      [5, 1],
    ]);
  });

  it('grows for term ids and fields beyond its first arrays', () => {
    const distinct = new DistinctTerms();
    const ids = Array.from({ length: 3000 }, (_, i) => 2999 - i);
    distinct.ensureTerms(3000);
    const count = distinct.count(documentOf([...ids, 2999]), 0);
    expect(count).toBe(3000);
    expect(distinct.frequency[2999]).toBe(2);
    expect(distinct.ids[2999]).toBe(0);
  });
});
