import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  articleResponseSchema,
  frontPageSchema,
  problemSchema,
  revisionResponseSchema,
  sectionListSchema,
  sectionPageSchema,
} from './contract/index.js';
import { draft, editor, secondEditor, startTestBff, type TestBff } from './testing.js';

let t: TestBff;

async function publish(section: string, slug: string) {
  const response = await t.bff.app.inject({
    method: 'POST',
    url: '/api/articles',
    payload: draft({ section, slug, title: `Story ${slug}` }),
    headers: await t.as(editor),
  });
  expect(response.statusCode).toBe(201);
}

// Published in this order, so newest first is the reverse.
beforeAll(async () => {
  t = await startTestBff();
  for (let i = 1; i <= 5; i += 1) await publish('sport', `sport-${i}`);
  for (let i = 1; i <= 3; i += 1) await publish('science', `science-${i}`);
  await publish('culture', 'culture-1');
  await publish('culture', 'culture-2');
  await t.bff.app.inject({
    method: 'POST',
    url: '/api/articles/by-slug/culture-2/retraction',
    payload: { reason: 'Published by mistake.' },
    headers: await t.as(editor),
  });
  await t.bff.app.inject({
    method: 'PATCH',
    url: '/api/articles/by-slug/sport-1',
    payload: { title: 'Sport one, corrected' },
    headers: await t.as(secondEditor),
  });
});
afterAll(() => t.close());

const get = (url: string) => t.bff.app.inject(url);

describe('the front page', () => {
  it('leads with the newest live article and groups the rest by section, newest first', async () => {
    const response = await get('/api/articles/front?perSection=2');
    expect(response.statusCode).toBe(200);
    const page = frontPageSchema.parse(response.json());
    expect(page.lead?.slug).toBe('culture-1');
    expect(page.sections.map((s) => [s.section, s.count, s.articles.map((a) => a.slug)])).toEqual([
      ['culture', 1, []],
      ['science', 3, ['science-3', 'science-2']],
      ['sport', 5, ['sport-5', 'sport-4']],
    ]);
    expect(page.paging).toEqual({ page: 1, pageSize: 6, total: 3, totalPages: 1 });
  });

  it('pages through the sections', async () => {
    const second = frontPageSchema.parse(
      (await get('/api/articles/front?pageSize=2&page=2')).json(),
    );
    expect(second.sections.map((s) => s.section)).toEqual(['sport']);
    expect(second.paging).toEqual({ page: 2, pageSize: 2, total: 3, totalPages: 2 });
  });

  it('refuses malformed paging with a 400 problem per field', async () => {
    for (const query of [
      'page=0',
      'page=-1',
      'page=1.5',
      'pageSize=21',
      'perSection=x',
      'page=1&page=2',
    ]) {
      const response = await get(`/api/articles/front?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(problemSchema.parse(response.json()).errors?.[0]?.path).toMatch(/^query\./);
    }
  });
});

describe('sections', () => {
  it('lists sections with live article counts', async () => {
    const list = sectionListSchema.parse((await get('/api/articles/sections')).json());
    expect(list.sections.map((s) => [s.section, s.count])).toEqual([
      ['culture', 1],
      ['science', 3],
      ['sport', 5],
    ]);
  });

  it('pages one section newest first', async () => {
    const response = await get('/api/articles/sections/sport?pageSize=2&page=3');
    const page = sectionPageSchema.parse(response.json());
    expect(page.articles.map((a) => a.slug)).toEqual(['sport-1']);
    expect(page.articles[0]?.title).toBe('Sport one, corrected');
    expect(page.paging).toEqual({ page: 3, pageSize: 2, total: 5, totalPages: 3 });
  });

  it('answers 404 for a section without articles and 400 for a malformed one', async () => {
    expect((await get('/api/articles/sections/weather')).statusCode).toBe(404);
    expect((await get('/api/articles/sections/Weather')).statusCode).toBe(400);
  });
});

describe('an article', () => {
  it('comes with its revision list and bylines from the users stream', async () => {
    const response = await get('/api/articles/by-slug/sport-1');
    const { article, revisions } = articleResponseSchema.parse(response.json());
    expect(article.author.displayName).toBe(editor.displayName);
    expect(revisions.map((r) => [r.n, r.editor.displayName, r.title])).toEqual([
      [1, editor.displayName, 'Story sport-1'],
      [2, secondEditor.displayName, 'Sport one, corrected'],
    ]);
  });

  it('serves any past revision by number, and 404 past the last', async () => {
    const first = revisionResponseSchema.parse(
      (await get('/api/articles/by-slug/sport-1/revisions/1')).json(),
    );
    expect(first).toMatchObject({ n: 1, latest: 2, title: 'Story sport-1' });
    const missing = await get('/api/articles/by-slug/sport-1/revisions/3');
    expect(missing.statusCode).toBe(404);
    expect(problemSchema.parse(missing.json()).code).toBe('ARTICLES_004');
    expect((await get('/api/articles/by-slug/sport-1/revisions/0')).statusCode).toBe(400);
  });

  it('answers 404 for an unknown slug, 410 for a retracted one, 400 for a malformed one', async () => {
    const unknown = await get('/api/articles/by-slug/no-such-story');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await get('/api/articles/by-slug/culture-2')).statusCode).toBe(410);
    expect((await get('/api/articles/by-slug/culture-2/revisions/1')).statusCode).toBe(410);
    expect((await get('/api/articles/by-slug/Not%20A%20Slug')).statusCode).toBe(400);
  });
});

describe('operations', () => {
  it('is ready once caught up and serves its OpenAPI document', async () => {
    expect((await get('/readyz')).json()).toMatchObject({ status: 'ready' });
    const doc = (await get('/api/articles/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/articles/by-slug/{slug}');
  });
});
