import { parseQuery } from '@tessera/kit';
import type { FastifyInstance } from 'fastify';
import { createAnswerCache } from './cache.js';
import {
  searchQuerySchema,
  suggestQuerySchema,
  type SearchResponse,
  type SuggestResponse,
} from './contract.js';
import { searchOpenApiDocument } from './openapi.js';
import type { SearchIndex } from './search-index.js';
import { elapsed } from './text.js';

export interface SearchRoutesOptions {
  /** Read on every request: the projection's current index. */
  index: () => SearchIndex;
  /** Answers kept per index version, per route (0 turns caching off). */
  cacheSize: number;
}

/** The routes under /api/search; registered with that prefix. */
export function searchRoutes(options: SearchRoutesOptions) {
  const openapi = searchOpenApiDocument();
  const searches = createAnswerCache<SearchResponse>(options.cacheSize);
  const suggestions = createAnswerCache<SuggestResponse>(options.cacheSize);

  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/', async (request) => {
      const started = performance.now();
      const query = parseQuery(request, searchQuerySchema);
      const index = options.index();
      const key = JSON.stringify(query);
      const { value, hit } = searches.get(key, index.version, () => index.search(query));
      return hit ? { ...value, took: elapsed(started), cached: true } : value;
    });

    app.get('/suggest', async (request) => {
      const started = performance.now();
      const { q, limit } = parseQuery(request, suggestQuerySchema);
      const index = options.index();
      const key = `${limit}:${q}`;
      const { value, hit } = suggestions.get(key, index.version, () => index.suggest(q, limit));
      return hit ? { ...value, took: elapsed(started), cached: true } : value;
    });

    app.get('/openapi.json', async () => openapi);
  };
}
