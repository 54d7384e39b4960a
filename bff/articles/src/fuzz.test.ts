import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SECTION_PATTERN,
  SLUG_PATTERN,
  articleResponseSchema,
  frontPageSchema,
  problemSchema,
  retractResponseSchema,
  revisionResponseSchema,
  sectionPageSchema,
} from './contract/index.js';
import { draft, editor, startTestBff, type TestBff } from './testing.js';

let t: TestBff;
let headers: Record<string, string>;
const RUNS = { numRuns: 150 };

beforeAll(async () => {
  t = await startTestBff();
  headers = await t.as(editor);
  for (const slug of ['fixed', 'target']) {
    const response = await t.bff.app.inject({
      method: 'POST',
      url: '/api/articles',
      payload: draft({ slug, section: 'news' }),
      headers,
    });
    expect(response.statusCode).toBe(201);
  }
});
afterAll(() => t.close());

/** The one rule: never a 5xx; an error is a 4xx problem document; a success parses. */
function expectWellFormed(
  response: LightMyRequestResponse,
  ok: { parse(body: unknown): unknown },
): void {
  expect(response.statusCode, response.body.slice(0, 300)).toBeLessThan(500);
  if (response.statusCode >= 400) {
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = problemSchema.parse(response.json());
    expect(problem.status).toBe(response.statusCode);
  } else {
    ok.parse(response.json());
  }
}

const text = fc.oneof(fc.string({ maxLength: 120 }), fc.string({ unit: 'binary', maxLength: 120 }));
const maybe = <T>(valid: fc.Arbitrary<T>) => fc.oneof(valid, text, fc.anything());
const section = fc.stringMatching(SECTION_PATTERN);
const slug = fc.stringMatching(SLUG_PATTERN).filter((s) => s.length <= 80);
const tags = fc.oneof(fc.array(maybe(slug), { maxLength: 25 }), fc.anything());

const articleFields = {
  title: maybe(fc.string({ minLength: 1, maxLength: 220 })),
  section: maybe(section),
  body: maybe(fc.string({ maxLength: 300 })),
  summary: maybe(fc.string({ maxLength: 520 })),
  tags,
};
const nearBody = (extra: Record<string, fc.Arbitrary<unknown>>) =>
  fc.record({ ...articleFields, ...extra }, { requiredKeys: [] });
const anyBody = (near: fc.Arbitrary<unknown>) =>
  fc.oneof(near, fc.anything(), fc.jsonValue(), fc.constant(undefined));

const baseRevision = maybe(fc.integer({ min: 0, max: 5 }));

describe('every body and query, fuzzed', () => {
  it('POST /api/articles', async () => {
    const bodies = anyBody(nearBody({ slug: maybe(slug), extra: fc.anything() }));
    await fc.assert(
      fc.asyncProperty(bodies, async (payload) => {
        const response = await t.bff.app.inject({
          method: 'POST',
          url: '/api/articles',
          payload: payload as object,
          headers,
        });
        expectWellFormed(response, articleResponseSchema);
      }),
      RUNS,
    );
  });

  it('valid bodies always publish, under a well-formed slug derived from any headline', async () => {
    const valid = fc.record({
      title: text.filter((title) => title.trim().length > 0),
      section,
      body: fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }),
      summary: fc.string({ maxLength: 500 }),
      tags: fc.uniqueArray(
        slug.filter((s) => s.length <= 40),
        { maxLength: 20 },
      ),
    });
    await fc.assert(
      fc.asyncProperty(valid, async (payload) => {
        const response = await t.bff.app.inject({
          method: 'POST',
          url: '/api/articles',
          payload,
          headers,
        });
        expect(response.statusCode, response.body).toBe(201);
        const { article } = articleResponseSchema.parse(response.json());
        expect(article).toMatchObject({ title: payload.title.trim(), body: payload.body });
        expect(article.slug).toMatch(SLUG_PATTERN);
        expect(article.slug.length).toBeLessThanOrEqual(80);
        const read = await t.bff.app.inject(`/api/articles/by-slug/${article.slug}`);
        expect(read.json()).toEqual(response.json());
      }),
      { numRuns: 60 },
    );
  });

  it('PUT and PATCH /api/articles/by-slug/:slug', async () => {
    const bodies = anyBody(nearBody({ baseRevision }));
    const methods = fc.constantFrom('PUT' as const, 'PATCH' as const);
    const slugs = fc.oneof(fc.constant('target'), slug, text);
    await fc.assert(
      fc.asyncProperty(methods, slugs, bodies, async (method, target, payload) => {
        const response = await t.bff.app.inject({
          method,
          url: `/api/articles/by-slug/${encodeURIComponent(target)}`,
          payload: payload as object,
          headers,
        });
        expectWellFormed(response, articleResponseSchema);
      }),
      RUNS,
    );
  });

  it('POST /api/articles/by-slug/:slug/retraction (on articles that do not exist)', async () => {
    const bodies = anyBody(fc.record({ reason: maybe(text) }, { requiredKeys: [] }));
    await fc.assert(
      fc.asyncProperty(fc.oneof(slug, text), bodies, async (target, payload) => {
        const response = await t.bff.app.inject({
          method: 'POST',
          url: `/api/articles/by-slug/${encodeURIComponent(`${target}-missing`)}/retraction`,
          payload: payload as object,
          headers,
        });
        expect(response.statusCode).not.toBe(200);
        expectWellFormed(response, retractResponseSchema);
      }),
      RUNS,
    );
  });

  it('raw bodies that are not JSON', async () => {
    const types = fc.constantFrom(
      'application/json',
      'text/plain',
      'application/x-www-form-urlencoded',
    );
    await fc.assert(
      fc.asyncProperty(types, fc.string({ unit: 'binary', maxLength: 200 }), async (type, raw) => {
        const response = await t.bff.app.inject({
          method: 'POST',
          url: '/api/articles',
          payload: raw,
          headers: { ...headers, 'content-type': type },
        });
        expectWellFormed(response, articleResponseSchema);
      }),
      RUNS,
    );
  });

  const queryValue = fc.oneof(fc.nat({ max: 30 }).map(String), text);
  const query = fc.dictionary(
    fc.constantFrom('page', 'pageSize', 'perSection', 'other'),
    fc.oneof(queryValue, fc.array(queryValue, { minLength: 2, maxLength: 3 })),
  );
  const search = (q: Record<string, string | string[]>) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(q)) {
      for (const v of [value].flat()) params.append(key, v);
    }
    return params.toString();
  };

  it('GET /api/articles/front queries', async () => {
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        expectWellFormed(
          await t.bff.app.inject(`/api/articles/front?${search(q)}`),
          frontPageSchema,
        );
      }),
      RUNS,
    );
  });

  it('GET /api/articles/sections/:section queries and paths', async () => {
    const sections = fc.oneof(fc.constant('news'), section, text);
    await fc.assert(
      fc.asyncProperty(sections, query, async (name, q) => {
        const url = `/api/articles/sections/${encodeURIComponent(name)}?${search(q)}`;
        expectWellFormed(await t.bff.app.inject(url), sectionPageSchema);
      }),
      RUNS,
    );
  });

  it('GET article and revision paths', async () => {
    const slugs = fc.oneof(fc.constant('fixed'), slug, text);
    const numbers = fc.oneof(fc.integer({ min: -2, max: 4 }).map(String), text);
    await fc.assert(
      fc.asyncProperty(slugs, numbers, async (name, n) => {
        const path = `/api/articles/by-slug/${encodeURIComponent(name)}`;
        expectWellFormed(await t.bff.app.inject(path), articleResponseSchema);
        const revision = await t.bff.app.inject(`${path}/revisions/${encodeURIComponent(n)}`);
        expectWellFormed(revision, revisionResponseSchema);
      }),
      RUNS,
    );
  });

  it('session cookies and CSRF headers', async () => {
    const b64 = fc
      .base64String()
      .map((v) => v.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'));
    const jws = fc.tuple(b64, b64, b64).map((parts) => parts.join('.'));
    const token = fc.oneof(jws, fc.string({ unit: 'binary', maxLength: 200 }), fc.constant(''));
    const csrf = fc.oneof(fc.constant('1'), fc.string({ maxLength: 5 }));
    await fc.assert(
      fc.asyncProperty(token, csrf, async (value, header) => {
        const response = await t.bff.app.inject({
          method: 'POST',
          url: '/api/articles',
          payload: draft(),
          headers: {
            cookie: `tessera_session=${encodeURIComponent(value)}`,
            'x-tessera-csrf': header,
          },
        });
        expect([401, 403]).toContain(response.statusCode);
        expectWellFormed(response, articleResponseSchema);
      }),
      RUNS,
    );
  });
});
