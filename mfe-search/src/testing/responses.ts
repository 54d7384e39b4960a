import type { SearchResponse } from '@tessera/bff-search/contract';

/** A search answer as the BFF gives it, for tests; `overrides` replace whole fields. */
export function searchResponse(overrides: Partial<SearchResponse> = {}): SearchResponse {
  return {
    query: 'seawall',
    total: 1,
    page: 1,
    pageSize: 10,
    pages: 1,
    took: 2.4,
    cached: false,
    hits: [
      {
        articleId: 'a1',
        slug: 'saltgate-seawall-vote',
        section: 'city',
        tags: ['flooding'],
        score: 3,
        title: [
          { text: 'Saltgate ', match: false },
          { text: 'seawall', match: true },
          { text: ' <b>vote</b>', match: false },
        ],
        snippet: [{ text: 'The council voted on the seawall.', match: false }],
      },
    ],
    facets: {
      section: [
        { value: 'city', count: 1 },
        { value: 'politics', count: 2 },
      ],
      tag: [{ value: 'flooding', count: 1 }],
    },
    ...overrides,
  };
}

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status < 400 ? 'application/json' : 'application/problem+json' },
  });
}
