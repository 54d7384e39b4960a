import { afterEach, describe, expect, it } from 'vitest';
import { searchResponseSchema, suggestResponseSchema, type SearchResponse } from './contract.js';
import { article, published, startTestBff, type TestBff } from './testing/fixture.js';

let running: TestBff | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function search(query: string): Promise<SearchResponse> {
  const response = await running!.bff.app.inject({ url: `/api/search?${query}` });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toMatch(/^application\/json/);
  return searchResponseSchema.parse(response.json());
}

const corpus = [
  article(1, {
    title: 'Harbour bridge reopens after repairs',
    summary: 'Ferries return to the old harbour.',
    section: 'news',
    tags: ['transport', 'harbour'],
  }),
  article(2, {
    title: 'Orchestra plays the harbour festival',
    summary: 'A warm evening of music.',
    body: 'The **orchestra** played until midnight by the bridge.',
    section: 'culture',
    tags: ['music'],
  }),
  article(3, {
    title: 'Council debates the tram budget',
    summary: 'Trams or buses, again.',
    body: 'A long debate about transport money.',
    section: 'politics',
    tags: ['transport', 'budget'],
  }),
];

describe('GET /api/search', () => {
  it('finds articles by a word of their headline and marks the word in the title', async () => {
    running = await startTestBff(...corpus.map(published));
    const result = await search('q=orchestra');
    expect(result.total).toBe(1);
    expect(result.hits[0]!.slug).toBe('story-2');
    expect(result.hits[0]!.title).toEqual([
      { text: 'Orchestra', match: true },
      { text: ' plays the harbour festival', match: false },
    ]);
  });

  it('ranks a headline match above a body match', async () => {
    running = await startTestBff(...corpus.map(published));
    const result = await search('q=bridge');
    expect(result.hits.map((hit) => hit.slug)).toEqual(['story-1', 'story-2']);
    expect(result.hits[1]!.snippet).toContainEqual({ text: 'bridge', match: true });
  });

  it('indexes the words of a Markdown body, not its link targets', async () => {
    const linked = article(5, { body: 'See [the report](https://example.test/budgets).' });
    running = await startTestBff(published(linked));
    expect((await search('q=report')).total).toBe(1);
    expect((await search('q=example')).total).toBe(0);
  });

  it('matches prefixes and tolerates a typo', async () => {
    running = await startTestBff(...corpus.map(published));
    expect((await search('q=orches')).hits.map((hit) => hit.slug)).toEqual(['story-2']);
    expect((await search('q=orchestrra')).hits.map((hit) => hit.slug)).toEqual(['story-2']);
  });

  it('requires every query word to match', async () => {
    running = await startTestBff(...corpus.map(published));
    expect((await search('q=harbour+festival')).hits.map((hit) => hit.slug)).toEqual(['story-2']);
  });

  it('counts sections and tags over the whole result set, not the page', async () => {
    running = await startTestBff(...corpus.map(published));
    const result = await search('q=transport&pageSize=1');
    expect(result.total).toBe(2);
    expect(result.hits).toHaveLength(1);
    expect(result.pages).toBe(2);
    expect(result.facets.section).toEqual([
      { value: 'news', count: 1 },
      { value: 'politics', count: 1 },
    ]);
    expect(result.facets.tag).toEqual([
      { value: 'transport', count: 2 },
      { value: 'budget', count: 1 },
      { value: 'harbour', count: 1 },
    ]);
  });

  it('filters by section and tag while still counting the other sections', async () => {
    running = await startTestBff(...corpus.map(published));
    const bySection = await search('q=transport&section=politics');
    expect(bySection.hits.map((hit) => hit.slug)).toEqual(['story-3']);
    expect(bySection.facets.section.map((facet) => facet.value)).toEqual(['news', 'politics']);
    const byTag = await search('q=harbour&tag=music');
    expect(byTag.hits.map((hit) => hit.slug)).toEqual(['story-2']);
  });

  it('answers a filter naming a tag no article has with no hits', async () => {
    running = await startTestBff(...corpus.map(published));
    const result = await search('q=transport&tag=unheard-of');
    expect(result).toMatchObject({ total: 0, hits: [] });
    // The tag facet ignores the tag filter, so it still offers the tags that do match.
    expect(result.facets.tag[0]).toEqual({ value: 'transport', count: 2 });
    expect(result.facets.section).toEqual([]);
  });

  it('pages through results and answers an empty page past the end', async () => {
    const many = Array.from({ length: 12 }, (_, i) => article(i + 10, { title: `Tides ${i}` }));
    running = await startTestBff(...many.map(published));
    const first = await search('q=tides&pageSize=5');
    const third = await search('q=tides&pageSize=5&page=3');
    const beyond = await search('q=tides&pageSize=5&page=4');
    expect([first.hits.length, third.hits.length, beyond.hits.length]).toEqual([5, 2, 0]);
    expect(first.pages).toBe(3);
    const slugs = new Set([...first.hits, ...third.hits].map((hit) => hit.slug));
    expect(slugs.size).toBe(7);
  });

  it('answers a repeated search from the cache until the index changes', async () => {
    running = await startTestBff(...corpus.map(published));
    expect((await search('q=harbour')).cached).toBe(false);
    const again = await search('q=harbour');
    expect(again).toMatchObject({ cached: true, total: 2 });
    await running.append(published(article(9, { title: 'Harbour seals counted' })));
    expect(await search('q=harbour')).toMatchObject({ cached: false, total: 3 });
  });
});

describe('GET /api/search/suggest', () => {
  it('completes the last word being typed from headlines and tags', async () => {
    running = await startTestBff(...corpus.map(published));
    const response = await running.bff.app.inject({ url: '/api/search/suggest?q=harbour+bri' });
    const body = suggestResponseSchema.parse(response.json());
    expect(body.suggestions[0]!.text).toBe('harbour bridge');
  });

  it('returns at most `limit` suggestions', async () => {
    const many = Array.from({ length: 8 }, (_, i) => article(i, { title: `Tide${i} tables` }));
    running = await startTestBff(...many.map(published));
    const response = await running.bff.app.inject({ url: '/api/search/suggest?q=tid&limit=3' });
    expect(suggestResponseSchema.parse(response.json()).suggestions).toHaveLength(3);
  });
});

describe('GET /api/search/openapi.json', () => {
  it('documents both search routes with their query parameters', async () => {
    running = await startTestBff();
    const response = await running.bff.app.inject({ url: '/api/search/openapi.json' });
    const document = response.json() as {
      openapi: string;
      paths: Record<string, { get: { parameters: { name: string; required: boolean }[] } }>;
    };
    expect(document.openapi).toBe('3.1.0');
    const parameters = document.paths['/api/search']!.get.parameters;
    expect(parameters.map((p) => p.name)).toEqual(['q', 'section', 'tag', 'page', 'pageSize']);
    expect(parameters.find((p) => p.name === 'q')!.required).toBe(true);
    expect(document.paths['/api/search/suggest']).toBeDefined();
  });
});

describe('readiness', () => {
  it('is ready once the index has caught up with the log', async () => {
    running = await startTestBff(...corpus.map(published));
    const response = await running.bff.app.inject({ url: '/readyz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ready', offset: 3, articles: 3 });
  });
});
