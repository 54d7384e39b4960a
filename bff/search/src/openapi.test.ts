import { describe, expect, it } from 'vitest';
import { openApiStructureProblems } from '@tessera/kit/testing';
import { searchOpenApiDocument } from './openapi.js';

type Operation = { responses: Record<string, { content?: Record<string, unknown> }> };
type Doc = { paths: Record<string, { get: Operation }>; components: { schemas: object } };

describe('the search OpenAPI document', () => {
  const doc = searchOpenApiDocument() as Doc;

  it('documents bad queries as problem documents', () => {
    for (const path of ['/api/search', '/api/search/suggest']) {
      expect(doc.paths[path]!.get.responses['400']!.content).toEqual({
        'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
      });
    }
    expect(doc.components.schemas).toHaveProperty(
      'Problem.required',
      expect.arrayContaining(['code']),
    );
  });

  it('describes the answers from the response schemas', () => {
    const ok = doc.paths['/api/search']!.get.responses['200']!.content!['application/json'];
    expect(ok).toMatchObject({ schema: { type: 'object', properties: { hits: {} } } });
  });

  it('is a well-formed OpenAPI 3 document', () => {
    expect(openApiStructureProblems(searchOpenApiDocument())).toEqual([]);
  });
});
