import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openApiDocument } from './openapi.js';

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
  ],
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
});
