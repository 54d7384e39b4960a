import { describe, expect, it, vi } from 'vitest';
import { jsonResponse, searchResponse } from '../testing/responses';
import { createApiClient } from './client';
import { createSearchApi, describeFailure } from './search';
import { createSuggestApi } from './suggest';

function apiAnswering(answer: () => Response) {
  const fetch = vi.fn(async () => answer());
  return { fetch, api: createSearchApi(createApiClient({ baseUrl: '/api/search', fetch })) };
}

describe('the search API', () => {
  it('asks the BFF with only the parameters that are set and parses the answer', async () => {
    const { fetch, api } = apiAnswering(() => jsonResponse(searchResponse()));
    const answer = await api.search({ q: 'seawall', section: 'city', page: 2 });
    expect(answer.hits[0]?.slug).toBe('saltgate-seawall-vote');
    expect(fetch).toHaveBeenCalledWith(
      '/api/search?q=seawall&section=city&page=2',
      expect.anything(),
    );
  });

  it('rejects an answer that does not follow the contract', async () => {
    const { api } = apiAnswering(() => jsonResponse({ hits: 'none' }));
    const error = await api.search({ q: 'x' }).catch((e: unknown) => e);
    expect(describeFailure(error)).toEqual({ kind: 'unavailable' });
  });

  it('rejects a page that is not JSON, as a static server without the BFF answers', async () => {
    const { api } = apiAnswering(
      () => new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }),
    );
    const error = await api.search({ q: 'sea' }).catch((e: unknown) => e);
    expect(describeFailure(error)).toEqual({ kind: 'unavailable' });
  });

  it('tells a refused query (4xx) from an unavailable search (5xx)', async () => {
    const problem = { title: 'Bad Request', status: 400, detail: 'q: type at least one character' };
    const refused = apiAnswering(() => jsonResponse(problem, 400));
    const down = apiAnswering(() => jsonResponse({ title: 'Bad Gateway', status: 502 }, 502));
    expect(describeFailure(await refused.api.search({ q: ' ' }).catch((e: unknown) => e))).toEqual({
      kind: 'refused',
      detail: 'q: type at least one character',
    });
    expect(describeFailure(await down.api.search({ q: 'x' }).catch((e: unknown) => e))).toEqual({
      kind: 'unavailable',
    });
  });
});

describe('the suggestion API', () => {
  it('asks for suggestions with the limit and returns their texts, best first', async () => {
    const body = {
      query: 'sea',
      took: 1,
      cached: true,
      suggestions: [
        { text: 'seawall', score: 2 },
        { text: 'seagrass', score: 1 },
      ],
    };
    const fetch = vi.fn(async () => jsonResponse(body));
    const api = createSuggestApi(createApiClient({ baseUrl: '/api/search', fetch }));
    await expect(api.suggest('sea', 6)).resolves.toEqual(['seawall', 'seagrass']);
    expect(fetch).toHaveBeenCalledWith('/api/search/suggest?q=sea&limit=6', expect.anything());
  });

  it('rejects suggestions that do not follow the contract', async () => {
    const fetch = async () => jsonResponse({ suggestions: ['seawall'] });
    const api = createSuggestApi(createApiClient({ baseUrl: '/api/search', fetch }));
    await expect(api.suggest('sea', 6)).rejects.toThrow();
  });
});
