import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@tessera/mfe-kit';
import { createApiClient } from './client';

function json(body: unknown, init: ResponseInit = {}) {
  return new Response(JSON.stringify(body), {
    ...init,
    headers: { 'content-type': 'application/json' },
  });
}

describe('the search API client', () => {
  it('sends the query string to the BFF path and returns the parsed body', async () => {
    const fetch = vi.fn(async () => json({ hits: [] }));
    const client = createApiClient({ baseUrl: '/api/search', fetch });
    await expect(client.get('/articles', { q: 'rain & sun' })).resolves.toEqual({ hits: [] });
    expect(fetch).toHaveBeenCalledWith('/api/search/articles?q=rain+%26+sun', expect.anything());
  });

  it('turns an error answer into an ApiError carrying the problem document', async () => {
    const problem = { title: 'Unavailable', status: 503, detail: 'search is starting' };
    const client = createApiClient({
      baseUrl: '/api/search',
      fetch: async () => json(problem, { status: 503 }),
    });
    const error = await client.get('/articles').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem).toMatchObject(problem);
    expect((error as ApiError).message).toBe('search is starting');
  });

  it('still reports the status when the error answer is not JSON', async () => {
    const client = createApiClient({
      baseUrl: '/api/search',
      fetch: async () => new Response('bad gateway', { status: 502, statusText: 'Bad Gateway' }),
    });
    await expect(client.get('/articles')).rejects.toMatchObject({
      problem: { status: 502, title: 'Bad Gateway' },
    });
  });
});
