import { parseQuery } from '@tessera/kit';
import type { FastifyInstance } from 'fastify';
import { searchQuerySchema, suggestQuerySchema } from './contract.js';
import { searchOpenApiDocument } from './openapi.js';
import type { SearchIndex } from './search-index.js';

export interface SearchRoutesOptions {
  /** Read on every request: the projection's current index. */
  index: () => SearchIndex;
}

/** The routes under /api/search; registered with that prefix. */
export function searchRoutes(options: SearchRoutesOptions) {
  const openapi = searchOpenApiDocument();
  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/', async (request) => options.index().search(parseQuery(request, searchQuerySchema)));

    app.get('/suggest', async (request) => {
      const { q, limit } = parseQuery(request, suggestQuerySchema);
      return options.index().suggest(q, limit);
    });

    app.get('/openapi.json', async () => openapi);
  };
}
