import { z } from 'zod';
import {
  SEARCH_API_BASE,
  searchQuerySchema,
  searchResponseSchema,
  suggestQuerySchema,
  suggestResponseSchema,
} from './contract.js';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.core.$ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
}

/** OpenAPI query parameters from a zod object schema, one per property. */
function queryParameters(schema: z.ZodObject): JsonSchema[] {
  const object = jsonSchema(schema, 'input') as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: object.required?.includes(name) ?? false,
    schema: property,
  }));
}

const problem = {
  description: 'Bad query parameters (code KIT_001), one entry per field in `errors`.',
  content: { 'application/problem+json': { schema: { type: 'object' } } },
};

function getOperation(summary: string, query: z.ZodObject, response: z.core.$ZodType): JsonSchema {
  return {
    summary,
    parameters: queryParameters(query),
    responses: {
      200: {
        description: 'OK',
        content: { 'application/json': { schema: jsonSchema(response, 'output') } },
      },
      400: problem,
    },
  };
}

/** The OpenAPI 3.1 document served at /api/search/openapi.json, built from the contract. */
export function searchOpenApiDocument(): JsonSchema {
  return {
    openapi: '3.1.0',
    info: { title: 'Tessera search BFF', version: '1' },
    paths: {
      [SEARCH_API_BASE]: {
        get: getOperation(
          'Full-text search with highlights, facets and paging',
          searchQuerySchema,
          searchResponseSchema,
        ),
      },
      [`${SEARCH_API_BASE}/suggest`]: {
        get: getOperation('Autocomplete suggestions', suggestQuerySchema, suggestResponseSchema),
      },
    },
  };
}
