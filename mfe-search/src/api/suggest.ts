import { SEARCH_API_BASE, suggestResponseSchema } from '@tessera/bff-search/contract';
import { createApiClient, type ApiClient } from './client';

/**
 * The search BFF's suggestions, parsed with its contract schema. Only the header search box
 * uses this module, and loads it on demand: it must stay apart from the results page's code,
 * whose chunk would bring React with it.
 */
export function createSuggestApi(
  client: ApiClient = createApiClient({ baseUrl: SEARCH_API_BASE }),
) {
  return {
    async suggest(q: string, limit: number, signal?: AbortSignal): Promise<string[]> {
      const answer = await client.get('/suggest', { q, limit: String(limit) }, signal);
      return suggestResponseSchema.parse(answer).suggestions.map(({ text }) => text);
    },
  };
}
