import { describe, expect, it } from 'vitest';
import { emptyArticles, type ArticleRecord } from './articles.js';
import { createOrderedIndex } from './ordered.js';

function article(slug: string, offset: number, section: string, retracted = false): ArticleRecord {
  return {
    articleId: slug,
    slug,
    authorId: 'u',
    publishedOffset: offset,
    revisions: [
      {
        n: 1,
        time: '2026-01-01T00:00:00.000Z',
        editorId: 'u',
        section,
        title: slug,
        summary: '',
        body: 'b',
        tags: [],
      },
    ],
    retracted: retracted ? { time: '2026-01-02T00:00:00.000Z', reason: 'r', editorId: 'u' } : null,
  };
}

describe('the ordered index', () => {
  it('lists live articles newest first, overall and per section, and rebuilds after a change', () => {
    const state = emptyArticles();
    for (const a of [
      article('a', 1, 'x'),
      article('b', 2, 'y'),
      article('c', 3, 'x', true),
      article('d', 4, 'x'),
    ]) {
      state.bySlug.set(a.slug, a);
    }
    state.version = 4;
    const ordered = createOrderedIndex(() => state);
    expect(ordered().all.map((a) => a.slug)).toEqual(['d', 'b', 'a']);
    expect([...ordered().bySection].map(([s, list]) => [s, list.map((a) => a.slug)])).toEqual([
      ['x', ['d', 'a']],
      ['y', ['b']],
    ]);
    expect(ordered()).toBe(ordered());
    state.bySlug.set('e', article('e', 5, 'y'));
    state.version = 5;
    expect(ordered().all[0]?.slug).toBe('e');
  });
});
