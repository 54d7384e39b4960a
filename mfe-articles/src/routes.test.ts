import { describe, expect, it } from 'vitest';
import { pageFor } from './routes';

const query = (search: string) => new URLSearchParams(search);

describe('the articles routes', () => {
  it('show the front page at the root', () => {
    expect(pageFor('/')).toEqual({ kind: 'front' });
  });

  it('name the section, its page, the article and its revision from the location', () => {
    expect(pageFor('/section/city')).toEqual({ kind: 'section', section: 'city', page: 1 });
    expect(pageFor('/section/city', query('page=3'))).toMatchObject({ page: 3 });
    expect(pageFor('/articles/rain%20today')).toEqual({
      kind: 'article',
      slug: 'rain today',
      revision: null,
    });
    expect(pageFor('/articles/a', query('revision=2'))).toMatchObject({ revision: 2 });
  });

  it('ignore query values that are not positive whole numbers', () => {
    expect(pageFor('/section/city', query('page=0'))).toMatchObject({ page: 1 });
    expect(pageFor('/articles/a', query('revision=-1'))).toMatchObject({ revision: null });
    expect(pageFor('/articles/a', query('revision=1e3'))).toMatchObject({ revision: null });
  });

  it('keep a malformed percent-escape as it was written instead of throwing', () => {
    expect(pageFor('/articles/100%')).toMatchObject({ slug: '100%' });
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
