import { describe, expect, it } from 'vitest';
import { FacetTable } from './facet-table.js';
import { countFacets, createFacetValues } from './facets.js';

describe('FacetTable', () => {
  it('keeps every document’s section and tags past its initial capacity', () => {
    const table = new FacetTable();
    for (let doc = 0; doc < 3000; doc++) table.add(doc, doc % 8, [doc % 5, 100 + (doc % 3)]);
    expect(table.sections[2999]).toBe(2999 % 8);
    expect(table.hasTag(2999, 2999 % 5)).toBe(true);
    expect(table.hasTag(2999, 100 + (2999 % 3))).toBe(true);
    expect(table.hasTag(2999, 7)).toBe(false);
  });

  it('refuses a document added out of order', () => {
    const table = new FacetTable();
    expect(() => table.add(1, 0, [])).toThrow(RangeError);
  });
});

describe('countFacets', () => {
  it('counts each facet over the matches that pass the other filter', () => {
    const values = { section: createFacetValues(), tag: createFacetValues() };
    const [news, sport] = [values.section.id('news'), values.section.id('sport')];
    const [rail, budget] = [values.tag.id('rail'), values.tag.id('budget')];
    const table = new FacetTable();
    table.add(0, news, [rail]);
    table.add(1, sport, [rail, budget]);
    table.add(2, news, [budget]);
    const { matches, facets } = countFacets([0, 1, 2], table, { tag: 'rail' }, values);
    expect(matches).toEqual([0, 1]);
    expect(facets.section).toEqual([
      { value: 'news', count: 1 },
      { value: 'sport', count: 1 },
    ]);
    expect(facets.tag).toEqual([
      { value: 'budget', count: 2 },
      { value: 'rail', count: 2 },
    ]);
  });
});
