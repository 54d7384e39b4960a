import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { createSearchIndex } from './search-index.js';
import { article } from './testing/fixture.js';
import { plainText, processTerm, tokenize } from './text.js';

// MiniSearch configured as bff-search used it before the term index replaced it.
const BOOST = { title: 4, summary: 2, body: 1, tags: 0.75 };
const fuzzy = (term: string) => (term.length >= 5 ? 0.2 : false);
const SEARCH = { boost: BOOST, prefix: (term: string) => term.length >= 3, fuzzy };

// The term index counts each body word once (ignoring case) and field lengths
// in distinct words; MiniSearch counts distinct words as written, the same here
// where every word is lower case.
const distinctInBody = (text: string, field?: string) => {
  const words = tokenize(text);
  return field === 'body' ? [...new Map(words.map((w) => [w.toLowerCase(), w])).values()] : words;
};

function miniSearchOf(articles: ReturnType<typeof article>[]) {
  const mini = new MiniSearch({
    fields: ['title', 'summary', 'body', 'tags'],
    storeFields: [],
    tokenize: distinctInBody,
    processTerm,
  });
  mini.addAll(
    articles.map((a) => ({
      id: a.articleId,
      title: a.title,
      summary: a.summary,
      body: plainText(a.body),
      tags: a.tags.join(' '),
    })),
  );
  return mini;
}

const WORDS = ['harbour', 'harbor', 'bridge', 'council', 'counting', 'tram', 'trams', 'budget'];
const text = fc.array(fc.constantFrom(...WORDS, 'the', 'of'), { minLength: 1, maxLength: 12 });
const generated = fc.record({
  title: text,
  summary: text,
  body: text,
  tags: fc.array(fc.constantFrom('rail', 'sea', 'money'), { maxLength: 2 }),
});
const queryWord = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.constantFrom(...WORDS).map((word) => word.slice(0, 4)),
  fc.constantFrom('harbuor', 'bridg', 'counsil', 'budgets'),
);

describe('the term index', () => {
  it('finds the same articles with the same scores as MiniSearch did', () => {
    fc.assert(
      fc.property(
        fc.array(generated, { minLength: 1, maxLength: 30 }),
        // Distinct words: a repeated word counts once here, where MiniSearch counted it twice.
        fc.uniqueArray(queryWord, { minLength: 1, maxLength: 2 }),
        (docs, words) => {
          const articles = docs.map((doc, n) =>
            article(n, {
              title: doc.title.join(' '),
              summary: doc.summary.join(' '),
              body: doc.body.join(' '),
              tags: [...new Set(doc.tags)],
            }),
          );
          const index = createSearchIndex();
          articles.forEach((a) => index.publish(a));
          const q = words.join(' ');
          const expected = new Map(
            miniSearchOf(articles)
              .search(q, { ...SEARCH, combineWith: 'AND' })
              .map((result) => [result.id as string, result.score]),
          );
          const found = index.search({ q, page: 1, pageSize: 50 }).hits;
          expect(found.map((hit) => hit.articleId).sort()).toEqual([...expected.keys()].sort());
          // Hits carry scores rounded to three decimals.
          for (const hit of found) expect(hit.score).toBeCloseTo(expected.get(hit.articleId)!, 2);
        },
      ),
      { numRuns: 200 },
    );
  });
});
