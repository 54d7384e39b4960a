import { describe, expect, it } from 'vitest';
import { pageFor } from './routes';

describe('the articles routes', () => {
  it('show the front page at the root', () => {
    expect(pageFor('/')).toEqual({ kind: 'front' });
  });

  it('name the section and the article from the path', () => {
    expect(pageFor('/section/world')).toEqual({ kind: 'section', section: 'world' });
    expect(pageFor('/articles/rain%20today')).toEqual({ kind: 'article', slug: 'rain today' });
  });

  it('open the editor with or without an article', () => {
    expect(pageFor('/editor')).toEqual({ kind: 'editor', slug: null });
    expect(pageFor('/editor/draft-1')).toEqual({ kind: 'editor', slug: 'draft-1' });
  });

  it('fall back to the front page for bare prefixes and report anything else', () => {
    expect(pageFor('/section/')).toEqual({ kind: 'front' });
    expect(pageFor('/search')).toEqual({ kind: 'not-found' });
    expect(pageFor('/editorial')).toEqual({ kind: 'not-found' });
  });
});
