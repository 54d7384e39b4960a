import type { ArticleResponse, ArticleSummary, FrontPage } from '@tessera/bff-articles/contract';

/** Test data shaped by the contract, and a `fetch` that answers like the articles BFF. */

export const summary = (slug: string, section = 'city'): ArticleSummary => ({
  slug,
  section,
  title: `Headline of ${slug}`,
  summary: `Summary of ${slug}`,
  tags: ['harbour'],
  author: { id: 'u1', displayName: 'Mara Okafor' },
  publishedAt: '2026-11-22T10:00:00Z',
  updatedAt: '2026-11-23T10:00:00Z',
  revision: 2,
});

export const front: FrontPage = {
  lead: summary('lead-story'),
  sections: [
    { section: 'city', count: 2, articles: [summary('city-story')] },
    { section: 'sport', count: 1, articles: [summary('sport-story', 'sport')] },
  ],
  paging: { page: 1, pageSize: 6, total: 2, totalPages: 1 },
};

export const article: ArticleResponse = {
  article: {
    ...summary('lead-story'),
    body: 'The **seawall** opened.\n\n## Next\n\n- tide gates\n\n<script>alert(1)</script>',
  },
  revisions: [
    {
      n: 1,
      time: '2026-11-22T10:00:00Z',
      editor: { id: 'u1', displayName: 'Mara Okafor' },
      title: 'Old headline',
    },
    {
      n: 2,
      time: '2026-11-23T10:00:00Z',
      editor: { id: 'u2', displayName: 'Piet Vandersloot' },
      title: 'Headline of lead-story',
    },
  ],
};

export interface Call {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

type Handler = (call: Call) => { status: number; body: unknown } | undefined;

const problemJson = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

/** A fetch answering the seeded routes; `extra` handlers are asked first. */
export function fakeBff(extra: Handler = () => undefined) {
  const calls: Call[] = [];
  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call: Call = {
      method: init.method ?? 'GET',
      url: String(input),
      headers: { ...(init.headers as Record<string, string>) },
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const answer = extra(call) ?? defaultAnswer(call);
    return problemJson(answer.status, answer.body);
  };
  return { fetch, calls };
}

function defaultAnswer({ url }: Call): { status: number; body: unknown } {
  const path = new URL(url, 'http://x').pathname;
  if (path === '/api/articles/front') return { status: 200, body: front };
  if (path === '/api/articles/sections') {
    return {
      status: 200,
      body: { sections: [{ section: 'city', count: 2, latestAt: '2026-11-22T10:00:00Z' }] },
    };
  }
  if (path === '/api/articles/by-slug/lead-story') return { status: 200, body: article };
  return {
    status: 404,
    body: { title: 'Article not found', status: 404, code: 'ARTICLES_002', detail: 'No article.' },
  };
}
