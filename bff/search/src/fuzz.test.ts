import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchResponseSchema, suggestResponseSchema } from './contract.js';
import { article, published, startTestBff, type TestBff } from './testing/fixture.js';

let running: TestBff;
beforeAll(async () => {
  const titles = ['Harbour bridge reopens', 'Tram budget vote', 'Orchestra at the harbour'];
  running = await startTestBff(
    ...titles.map((title, i) =>
      published(article(i, { title, tags: ['transport', 'music'].slice(i % 2), section: 'news' })),
    ),
  );
});
afterAll(() => running.close());

// Values a browser, a bot or an attacker might send for any parameter.
const value = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constantFrom('', ' ', '0', '-1', '1e9', 'NaN', '__proto__', 'constructor', '*', '~', '"'),
);
const names = fc.constantFrom('q', 'section', 'tag', 'page', 'pageSize', 'limit', 'x', '__proto__');
const params = fc.array(fc.tuple(names, value), { maxLength: 6 });

function url(path: string, pairs: [string, string][]): string {
  return `${path}?${new URLSearchParams(pairs).toString()}`;
}

async function expectOkOrProblem(target: string, schema: { parse(value: unknown): unknown }) {
  const response = await running.bff.app.inject({ url: target });
  if (response.statusCode === 200) {
    schema.parse(response.json());
    return;
  }
  expect(response.statusCode, target).toBeGreaterThanOrEqual(400);
  expect(response.statusCode, target).toBeLessThan(500);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
}

describe('fuzzed queries', () => {
  it('search always answers 200 with a valid body or a 4xx problem document', async () => {
    await fc.assert(
      fc.asyncProperty(params, (pairs) =>
        expectOkOrProblem(url('/api/search', pairs), searchResponseSchema),
      ),
      { numRuns: 300 },
    );
  });

  it('search with a valid q and fuzzed text always answers 200', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }), async (q) => {
        fc.pre(q.trim().length > 0);
        const response = await running.bff.app.inject({ url: url('/api/search', [['q', q]]) });
        expect(response.statusCode, q).toBe(200);
        searchResponseSchema.parse(response.json());
      }),
      { numRuns: 300 },
    );
  });

  it('suggest always answers 200 with a valid body or a 4xx problem document', async () => {
    await fc.assert(
      fc.asyncProperty(params, (pairs) =>
        expectOkOrProblem(url('/api/search/suggest', pairs), suggestResponseSchema),
      ),
      { numRuns: 300 },
    );
  });

  it('raw, possibly malformed query strings never cause a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 80 }), async (raw) => {
        const target = `/api/search?${encodeURI(raw).replace(/%25/g, '%')}`;
        const response = await running.bff.app.inject({ url: target });
        expect(response.statusCode, target).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
  });
});
