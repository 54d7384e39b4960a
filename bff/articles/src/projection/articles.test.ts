import type { EventEnvelope } from '@tessera/log';
import { describe, expect, it } from 'vitest';
import { applyArticleEvent, currentRevision, emptyArticles } from './articles.js';

let offset = 0;
function event(type: string, data: Record<string, unknown>): EventEnvelope {
  offset += 1;
  return {
    offset,
    id: `e-${offset}`,
    stream: 'articles',
    type,
    key: String(data.articleId),
    version: 2,
    time: new Date(Date.UTC(2026, 0, 1, 0, offset)).toISOString(),
    producer: 'test',
    traceId: 't',
    data,
  };
}

const fields = { section: 'news', title: 'T', summary: '', body: 'B', tags: [] };
const published = (articleId: string, slug: string) =>
  event('article.published', { articleId, slug, authorId: 'u1', ...fields });

describe('the articles fold', () => {
  it('keeps the first publication of a slug and ignores a second one', () => {
    const state = emptyArticles();
    applyArticleEvent(state, published('a1', 'same'));
    applyArticleEvent(state, published('a2', 'same'));
    expect(state.bySlug.get('same')?.articleId).toBe('a1');
    expect(state.slugById.has('a2')).toBe(false);
    expect(state.version).toBe(1);
  });

  it('numbers revisions and ignores revisions of unknown or retracted articles', () => {
    const state = emptyArticles();
    applyArticleEvent(state, published('a1', 'one'));
    applyArticleEvent(
      state,
      event('article.revised', { articleId: 'a1', editorId: 'u2', ...fields, title: 'T2' }),
    );
    applyArticleEvent(
      state,
      event('article.revised', { articleId: 'zz', editorId: 'u2', ...fields }),
    );
    applyArticleEvent(
      state,
      event('article.retracted', { articleId: 'a1', editorId: 'u2', reason: 'r' }),
    );
    applyArticleEvent(
      state,
      event('article.revised', { articleId: 'a1', editorId: 'u2', ...fields, title: 'T3' }),
    );
    const article = state.bySlug.get('one')!;
    expect(article.revisions.map((r) => [r.n, r.editorId, r.title])).toEqual([
      [1, 'u1', 'T'],
      [2, 'u2', 'T2'],
    ]);
    expect(currentRevision(article).title).toBe('T2');
    expect(article.retracted?.reason).toBe('r');
  });

  it('rejects data that breaks the event schema, so the projection skips it', () => {
    expect(() =>
      applyArticleEvent(emptyArticles(), event('article.published', { articleId: 'x' })),
    ).toThrow();
  });
});
