import { parseQuery } from '@tessera/kit';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { createAnswerCache } from './cache.js';
import { searchQuerySchema, suggestQuerySchema } from './contract.js';
import { searchOpenApiDocument } from './openapi.js';
import type { SearchIndex } from './search-index.js';
import { elapsed } from './text.js';

export interface SearchRoutesOptions {
  /** Read on every request: the projection's current index. */
  index: () => SearchIndex;
  /** Answers kept per index version, per route (0 turns caching off). */
  cacheSize: number;
}

/**
 * Answers are cached as JSON text, so a cache hit costs no serialisation;
 * `took` and `cached` differ per request and are appended to that text.
 */
function send(reply: FastifyReply, json: string, started: number, cached: boolean): string {
  void reply.type('application/json; charset=utf-8');
  return `${json.slice(0, -1)},"took":${elapsed(started)},"cached":${cached}}`;
}

/** The routes under /api/search; registered with that prefix. */
export function searchRoutes(options: SearchRoutesOptions) {
  const openapi = searchOpenApiDocument();
  const searches = createAnswerCache<string>(options.cacheSize);
  const suggestions = createAnswerCache<string>(options.cacheSize);

  return async function routes(app: FastifyInstance): Promise<void> {
    app.get('/', async (request, reply) => {
      const started = performance.now();
      const query = parseQuery(request, searchQuerySchema);
      const index = options.index();
      const { value, hit } = searches.get(JSON.stringify(query), index.version, () =>
        JSON.stringify(index.search(query)),
      );
      return send(reply, value, started, hit);
    });

    app.get('/suggest', async (request, reply) => {
      const started = performance.now();
      const { q, limit } = parseQuery(request, suggestQuerySchema);
      const index = options.index();
      const { value, hit } = suggestions.get(`${limit}:${q}`, index.version, () =>
        JSON.stringify(index.suggest(q, limit)),
      );
      return send(reply, value, started, hit);
    });

    app.get('/openapi.json', async () => openapi);
  };
}
