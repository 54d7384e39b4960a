import { sectionListSchema } from '@tessera/bff-articles/contract';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@tessera/mfe-kit';
import { createApiClient } from './client';

function json(body: unknown, init: ResponseInit = {}) {
  return new Response(JSON.stringify(body), {
    ...init,
    headers: { 'content-type': 'application/json' },
  });
}

const sections = sectionListSchema;
const section = { section: 'city', count: 2, latestAt: '2026-11-22T10:00:00Z' };

describe('the articles API client', () => {
  it('sends the query string to the BFF path and returns the body parsed by the schema', async () => {
    const fetch = vi.fn(async () => json({ sections: [section], extra: true }));
    const client = createApiClient({ baseUrl: '/api/articles', fetch });
    await expect(client.get('/front', sections, { q: 'rain & sun' })).resolves.toEqual({
      sections: [section],
    });
    expect(fetch).toHaveBeenCalledWith('/api/articles/front?q=rain+%26+sun', expect.anything());
  });

  it('turns an error answer into an ApiError carrying the problem document and its field errors', async () => {
    const problem = {
      title: 'Bad request',
      status: 400,
      detail: 'The request body failed validation.',
      errors: [{ path: 'body.title', message: 'Too small', code: 'too_small' }],
    };
    const client = createApiClient({
      baseUrl: '/api/articles',
      fetch: async () => json(problem, { status: 400 }),
    });
    const error = await client.send('POST', '', {}, sections).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem).toMatchObject(problem);
    expect((error as ApiError).message).toBe('The request body failed validation.');
    expect((error as ApiError).unavailable).toBe(false);
  });

  it('still reports the status when the error answer is not JSON', async () => {
    const client = createApiClient({
      baseUrl: '/api/articles',
      fetch: async () => new Response('bad gateway', { status: 502, statusText: 'Bad Gateway' }),
    });
    await expect(client.get('/front', sections)).rejects.toMatchObject({
      problem: { status: 502, title: 'Bad Gateway' },
      unavailable: true,
    });
  });

  it('reports an unreachable BFF, an HTML page and an off-contract answer as unavailable', async () => {
    const answers = [
      () => Promise.reject(new TypeError('Failed to fetch')),
      async () => new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }),
      async () => json({ sections: 'not a list' }),
    ];
    for (const answer of answers) {
      const client = createApiClient({ baseUrl: '/api/articles', fetch: answer });
      await expect(client.get('/front', sections)).rejects.toMatchObject({
        problem: { status: 0 },
        unavailable: true,
      });
    }
  });

  it('sends changes as JSON with the CSRF header and the session cookie', async () => {
    const fetch = vi.fn(async () => json({ sections: [] }, { status: 201 }));
    const client = createApiClient({ baseUrl: '/api/articles', fetch });
    await client.send('PUT', '/by-slug/a', { title: 'T' }, sections);
    expect(fetch).toHaveBeenCalledWith('/api/articles/by-slug/a', {
      method: 'PUT',
      credentials: 'same-origin',
      headers: expect.objectContaining({
        'X-Tessera-CSRF': '1',
        'content-type': 'application/json',
      }),
      body: '{"title":"T"}',
    });
  });

  it('lets an aborted request fail as an abort, not as an outage', async () => {
    const controller = new AbortController();
    controller.abort();
    const abort = new DOMException('aborted', 'AbortError');
    const client = createApiClient({
      baseUrl: '/api/articles',
      fetch: () => Promise.reject(abort),
    });
    await expect(client.get('/front', sections, {}, controller.signal)).rejects.toBe(abort);
  });
});
