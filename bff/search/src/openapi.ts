import { openApiDocument, type RouteDoc } from '@tessera/kit';
import type { z } from 'zod';
import {
  SEARCH_API_BASE,
  searchQuerySchema,
  searchResponseSchema,
  suggestQuerySchema,
  suggestResponseSchema,
} from './contract.js';

const badQuery = {
  description: 'Bad query parameters (code KIT_001), one entry per field in `errors`.',
};

function get(path: string, summary: string, query: z.ZodObject, ok: z.core.$ZodType): RouteDoc {
  return {
    method: 'get',
    path,
    summary,
    query,
    responses: { 200: { description: 'OK', schema: ok }, 400: badQuery },
  };
}

/** The OpenAPI 3.1 document served at /api/search/openapi.json, built from the contract. */
export function searchOpenApiDocument(): Record<string, unknown> {
  return openApiDocument({
    title: 'Tessera search BFF',
    version: '1',
    routes: [
      get(
        SEARCH_API_BASE,
        'Full-text search with highlights, facets and paging',
        searchQuerySchema,
        searchResponseSchema,
      ),
      get(
        `${SEARCH_API_BASE}/suggest`,
        'Autocomplete suggestions',
        suggestQuerySchema,
        suggestResponseSchema,
      ),
    ],
  });
}
