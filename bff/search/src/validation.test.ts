import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article, published, startTestBff, type TestBff } from './testing/fixture.js';

let running: TestBff;
beforeAll(async () => {
  running = await startTestBff(published(article(1, { title: 'Harbour news' })));
});
afterAll(() => running.close());

const badQueries: [string, string, string][] = [
  ['a missing q', '/api/search', 'query.q'],
  ['a blank q', '/api/search?q=%20%20', 'query.q'],
  ['a q over 200 characters', `/api/search?q=${'a'.repeat(201)}`, 'query.q'],
  ['q given twice', '/api/search?q=a&q=b', 'query.q'],
  ['page 0', '/api/search?q=a&page=0', 'query.page'],
  ['a fractional page', '/api/search?q=a&page=1.5', 'query.page'],
  ['a page that is not a number', '/api/search?q=a&page=two', 'query.page'],
  ['a page beyond the last allowed', '/api/search?q=a&page=501', 'query.page'],
  ['pageSize 51', '/api/search?q=a&pageSize=51', 'query.pageSize'],
  ['an upper-case section', '/api/search?q=a&section=News', 'query.section'],
  ['a tag over 40 characters', `/api/search?q=a&tag=${'t'.repeat(41)}`, 'query.tag'],
  ['an unknown parameter', '/api/search?q=a&sort=date', 'query'],
  ['a suggest without q', '/api/search/suggest', 'query.q'],
  ['a suggest limit of 11', '/api/search/suggest?q=ha&limit=11', 'query.limit'],
  ['an unknown suggest parameter', '/api/search/suggest?q=ha&page=1', 'query'],
];

describe('bad query parameters', () => {
  it.each(badQueries)(
    'answers %s with a 400 problem naming the field',
    async (_name, url, path) => {
      const response = await running.bff.app.inject({ url });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      const problem = response.json() as { code: string; errors: { path: string }[] };
      expect(problem.code).toBe('KIT_001');
      expect(problem.errors.map((error) => error.path)).toContain(path);
    },
  );

  it('answers an unknown route under /api/search with a 404 problem', async () => {
    const response = await running.bff.app.inject({ url: '/api/search/nope' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('answers a query made only of punctuation with no hits rather than an error', async () => {
    const response = await running.bff.app.inject({ url: '/api/search?q=%3F%21%2A' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ total: 0, hits: [] });
  });
});
