import {
  SEARCH_API_BASE,
  searchResponseSchema,
  type SearchQuery,
  type SearchResponse,
} from '@tessera/bff-search/contract';
import { ApiError } from '@tessera/mfe-kit';
import { createApiClient, type ApiClient } from './client';

/** The search BFF's search endpoint, its answers parsed with the BFF's contract schema. */
export function createSearchApi(client: ApiClient = createApiClient({ baseUrl: SEARCH_API_BASE })) {
  return {
    async search(query: SearchQuery, signal?: AbortSignal): Promise<SearchResponse> {
      const params: Record<string, string> = { q: query.q };
      if (query.section) params.section = query.section;
      if (query.tag) params.tag = query.tag;
      if (query.page !== undefined && query.page !== 1) params.page = String(query.page);
      return searchResponseSchema.parse(await client.get('', params, signal));
    },
  };
}

export type SearchApi = ReturnType<typeof createSearchApi>;

/**
 * What a failed search means for the reader: the query was refused (a 4xx problem, whose detail
 * says why), or search cannot answer at all (down, unreachable, or an answer that is not the
 * contract's).
 */
export type SearchFailure = { kind: 'refused'; detail: string } | { kind: 'unavailable' };

export function describeFailure(error: unknown): SearchFailure {
  if (error instanceof ApiError && error.problem.status >= 400 && error.problem.status < 500) {
    return { kind: 'refused', detail: error.message };
  }
  return { kind: 'unavailable' };
}
