import { describe, expect, it } from 'vitest';
import { createSearchIndex } from './search-index.js';
import { DocumentTerms } from './scan.js';
import { TermIndex } from './term-index.js';
import type { QueryTerm } from './term-types.js';
import { article } from './testing/fixture.js';

/** A document of the given words per field, read with `index`'s vocabulary. */
function doc(index: TermIndex, ...fields: string[][]): DocumentTerms {
  const terms = new DocumentTerms(index.fieldCount);
  fields.forEach((words, field) => {
    for (const word of words) terms.push(index.vocabulary.idOf(word));
    terms.endField(field);
  });
  return terms;
}
const word = (term: string, options: Partial<QueryTerm> = {}): QueryTerm => ({
  term,
  prefix: false,
  fuzzy: false,
  ...options,
});

describe('TermIndex', () => {
  it('finds only the documents matching every query word', () => {
    const index = new TermIndex({ fieldCount: 1 });
    const a = index.add(doc(index, ['harbour', 'bridge']));
    index.add(doc(index, ['harbour', 'ferry']));
    const found = index.search([word('harbour'), word('bridge')], [1]);
    expect(found.docs).toEqual([a]);
    expect(found.termsOf(a)).toEqual(['harbour', 'bridge']);
  });

  it('matches longer words by prefix and typos by edit distance, below an exact match', () => {
    const index = new TermIndex({ fieldCount: 1 });
    const exact = index.add(doc(index, ['tide']));
    const longer = index.add(doc(index, ['tides']));
    const typo = index.add(doc(index, ['harbor']));
    const prefixed = index.search([word('tide', { prefix: true })], [1]);
    expect(prefixed.docs).toEqual([exact, longer]);
    expect(prefixed.score(exact)).toBeGreaterThan(prefixed.score(longer));
    expect(index.search([word('harbour', { fuzzy: 0.2 })], [1]).docs).toEqual([typo]);
    expect(index.search([word('harbour')], [1]).docs).toEqual([]);
  });

  it('searches only fields with a boost, weighted by it', () => {
    const index = new TermIndex({ fieldCount: 2 });
    const inTitle = index.add(doc(index, ['comet'], []));
    const inBody = index.add(doc(index, [], ['comet']));
    const both = index.search([word('comet')], [4, 1]);
    expect(both.score(inTitle)).toBeGreaterThan(both.score(inBody));
    expect(index.search([word('comet')], [0, 1]).docs).toEqual([inBody]);
  });

  it('starts each search from zero and refuses to read a superseded one', () => {
    const index = new TermIndex({ fieldCount: 1 });
    const both = index.add(doc(index, ['comet', 'tail']));
    index.add(doc(index, ['comet']));
    const first = index.search([word('comet')], [1]);
    const score = first.score(both);
    const second = index.search([word('comet')], [1]);
    expect(second.score(both)).toBe(score);
    expect(() => first.score(both)).toThrow(/later search/);
    expect(index.search([word('tail'), word('comet')], [1]).docs).toEqual([both]);
  });

  it('counts a repeated term once in a count-once field, and each time elsewhere', () => {
    const once = new TermIndex({ fieldCount: 1, countOnce: [0] });
    const twiceOnce = once.add(doc(once, ['comet', 'comet']));
    const singleOnce = once.add(doc(once, ['comet']));
    const found = once.search([word('comet')], [1]);
    expect(found.score(twiceOnce)).toBe(found.score(singleOnce));
    const every = new TermIndex({ fieldCount: 1 });
    const twice = every.add(doc(every, ['comet', 'comet']));
    const single = every.add(doc(every, ['comet']));
    const counted = every.search([word('comet')], [1]);
    expect(counted.score(twice)).toBeGreaterThan(counted.score(single));
  });

  it('forgets a removed document and no longer counts it', () => {
    const index = new TermIndex({ fieldCount: 1 });
    const gone = index.add(doc(index, ['comet']));
    const kept = index.add(doc(index, ['comet']));
    index.remove(gone, doc(index, ['comet']));
    expect(index.search([word('comet')], [1]).docs).toEqual([kept]);
    expect([index.liveDocs, index.deadDocs]).toEqual([1, 1]);
  });
});

describe('the search index under many revisions', () => {
  it('rebuilds its term index once removed documents outnumber live ones, answering the same', () => {
    const index = createSearchIndex();
    index.publish(article(1, { title: 'Comet seen over the harbour' }));
    index.publish(article(2, { title: 'Harbour wall repaired' }));
    for (let n = 0; n < 1500; n++) {
      index.revise({
        ...article(1, { title: `Comet seen over the harbour, update ${n}` }),
        editorId: 'e',
      });
    }
    const result = index.search({ q: 'harbour', page: 1, pageSize: 10 });
    expect(result.hits.map((hit) => hit.slug)).toEqual(['story-2', 'story-1']);
    expect(index.get('article-1')!.doc).toBeLessThan(1500);
    expect(index.search({ q: 'update 1499', page: 1, pageSize: 10 }).total).toBe(1);
  });
});
