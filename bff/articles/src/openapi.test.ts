import { describe, expect, it } from 'vitest';
import { openApiDocument } from './openapi.js';
import { captureLogger, openApiStructureProblems } from '@tessera/kit/testing';
import { openEventLog } from '@tessera/log';
import { createArticlesBff } from './app.js';
import { createTestSessions } from './testing.js';

type Doc = {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
};

describe('the OpenAPI document', () => {
  it('describes every API route the service has, and no other', async () => {
    const sessions = await createTestSessions();
    const bff = createArticlesBff({
      log: await openEventLog('memory:'),
      logger: captureLogger('bff-articles', 'warn').logger,
      defaultMetrics: false,
      sessionKeys: { jwks: { keys: [sessions.publicJwk] } },
    });
    const served = new Set<string>();
    bff.app.addHook('onRoute', (route) => {
      const url = route.url.replace(/\/$/, '');
      for (const method of [route.method].flat()) {
        if (method !== 'HEAD' && url.startsWith('/api/articles')) served.add(`${method} ${url}`);
      }
    });
    await bff.app.ready();
    served.delete('GET /api/articles/openapi.json');
    const doc = openApiDocument() as Doc;
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map(
        (method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`,
      ),
    );
    expect(documented.sort()).toEqual([...served].sort());
    expect(served.size).toBe(10);
    await bff.app.close();
  });

  it('carries the request and response schemas generated from the contract', () => {
    const { schemas } = (openApiDocument() as Doc).components;
    expect(Object.keys(schemas.PublishRequest?.properties ?? {}).sort()).toEqual(
      ['body', 'section', 'slug', 'summary', 'tags', 'title'].sort(),
    );
    expect(schemas.PublishRequest).toMatchObject({ required: ['title', 'section', 'body'] });
    expect(Object.keys(schemas.ArticleResponse?.properties ?? {})).toEqual([
      'article',
      'revisions',
    ]);
    expect(schemas.Problem).toBeDefined();
  });

  it('answers every error with the shared problem document', () => {
    const doc = openApiDocument() as Doc;
    const operations = Object.values(doc.paths).flatMap((ops) => Object.values(ops)) as {
      responses: Record<string, { content?: unknown }>;
    }[];
    const errors = operations.flatMap((op) =>
      Object.entries(op.responses).filter(([status]) => Number(status) >= 400),
    );
    expect(errors.length).toBeGreaterThan(30);
    for (const [, response] of errors) {
      expect(response.content).toEqual({
        'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
      });
    }
  });

  it('is a well-formed OpenAPI 3 document', () => {
    expect(openApiStructureProblems(openApiDocument())).toEqual([]);
  });
});
