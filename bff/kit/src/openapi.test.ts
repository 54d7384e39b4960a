import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openApiDocument } from './openapi.js';
import { openApiStructureProblems } from './openapi-structure.js';

const thing = z.object({ id: z.string() });

const doc = openApiDocument({
  title: 'Demo',
  version: '1.0.0',
  routes: [
    {
      method: 'post',
      path: '/things',
      summary: 'Create a thing',
      body: z.object({
        name: z
          .string()
          .trim()
          .max(5)
          .transform((s) => s.toUpperCase()),
      }),
      responses: {
        201: { description: 'Created', schema: z.object({ id: z.string() }) },
        409: { description: 'Taken' },
      },
    },
    {
      method: 'get',
      path: '/things',
      summary: 'List things',
      query: z.object({ page: z.coerce.number().optional(), q: z.string() }),
      responses: { 200: { description: 'The things' } },
    },
    {
      method: 'put',
      path: '/things/{id}',
      summary: 'Replace a thing',
      params: z.object({ id: z.string() }),
      headers: z.object({ 'X-Csrf': z.literal('1') }),
      security: ['session'],
      body: thing,
      responses: { 200: { description: 'Replaced', schema: thing }, 404: { description: 'No' } },
    },
    {
      method: 'get',
      path: '/things/events',
      summary: 'Changes as they happen',
      responses: {
        200: { description: 'Stream', schema: thing, contentType: 'text/event-stream' },
      },
    },
  ],
  schemas: { Thing: thing, Unused: z.object({ n: z.number() }) },
  securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sid' } },
});

/** Walks the generated document by keys; the document is plain JSON. */
function at(...keys: string[]): unknown {
  return keys.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], doc);
}

describe('OpenAPI generation', () => {
  it('describes request bodies as sent, before transforms', () => {
    const schema = at(
      'paths',
      '/things',
      'post',
      'requestBody',
      'content',
      'application/json',
      'schema',
    );
    expect(schema).toMatchObject({
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string', maxLength: 5 } },
    });
  });

  it('points error responses at the shared problem schema', () => {
    expect(at('paths', '/things', 'post', 'responses', '409', 'content')).toEqual({
      'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
    });
    expect(at('components', 'schemas', 'Problem', 'required')).toEqual(
      expect.arrayContaining(['type', 'title', 'status', 'detail', 'code', 'instance', 'traceId']),
    );
  });

  it('lists query parameters with whether they are required', () => {
    const params = at('paths', '/things', 'get', 'parameters') as {
      name: string;
      required: boolean;
    }[];
    expect(params.map((p) => [p.name, p.required])).toEqual([
      ['page', false],
      ['q', true],
    ]);
  });

  it('lists path and header parameters, path ones always required, and the security they need', () => {
    const put = at('paths', '/things/{id}', 'put') as {
      parameters: { name: string; in: string; required: boolean }[];
      security: unknown;
    };
    expect(put.parameters.map((p) => [p.in, p.name, p.required])).toEqual([
      ['path', 'id', true],
      ['header', 'X-Csrf', true],
    ]);
    expect(put.security).toEqual([{ session: [] }]);
  });

  it('references named schemas and publishes every one of them', () => {
    const ref = { $ref: '#/components/schemas/Thing' };
    expect(
      at('paths', '/things/{id}', 'put', 'requestBody', 'content', 'application/json'),
    ).toEqual({
      schema: ref,
    });
    expect(at('paths', '/things/events', 'get', 'responses', '200', 'content')).toEqual({
      'text/event-stream': { schema: ref },
    });
    expect(Object.keys(at('components', 'schemas') as object)).toEqual([
      'Thing',
      'Unused',
      'Problem',
    ]);
  });

  it('generates a structurally valid OpenAPI 3 document', () => {
    expect(openApiStructureProblems(doc)).toEqual([]);
  });
});

describe('OpenAPI structure check', () => {
  it('names what is wrong with a malformed document', () => {
    const broken = {
      openapi: '2.0',
      info: { title: 'Broken' },
      paths: {
        '/a/{id}': {
          fetch: {},
          get: {
            parameters: [{ name: 'id', in: 'path', required: false, schema: {} }],
            responses: { 200: {}, 999: { description: 'x', content: { 'a/b': {} } } },
          },
          post: { security: [{ nope: [] }], responses: { 204: { description: 'x' } } },
        },
      },
      components: { schemas: { A: { $ref: '#/components/schemas/B' } } },
    };
    expect(openApiStructureProblems(broken)).toEqual([
      'openapi: not a 3.x.y version',
      'info: title and version must be strings',
      '/a/{id}: fetch is not an HTTP method',
      'get /a/{id}: path parameter path id not required',
      'get /a/{id} 200: no description',
      'get /a/{id} 999: not a status code',
      'get /a/{id} 999 a/b: no schema',
      'post /a/{id}: path parameter id undeclared',
      'post /a/{id}: unknown security scheme nope',
      '$ref #/components/schemas/B does not resolve',
    ]);
  });
});
