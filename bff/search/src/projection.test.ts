import { afterEach, describe, expect, it } from 'vitest';
import {
  article,
  published,
  retracted,
  revised,
  startTestBff,
  type TestBff,
} from './testing/fixture.js';

let running: TestBff | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function slugsFor(q: string): Promise<string[]> {
  const response = await running!.bff.app.inject({ url: `/api/search?q=${q}` });
  return (response.json() as { hits: { slug: string }[] }).hits.map((hit) => hit.slug);
}

describe('the search projection', () => {
  it('finds an article published after start-up', async () => {
    running = await startTestBff();
    expect(await slugsFor('lighthouse')).toEqual([]);
    await running.append(published(article(1, { title: 'Lighthouse keeper retires' })));
    expect(await slugsFor('lighthouse')).toEqual(['story-1']);
  });

  it('re-indexes a revised article: the new headline is found, the old one is not', async () => {
    running = await startTestBff(published(article(1, { title: 'Lighthouse keeper retires' })));
    await running.append(
      revised('article-1', {
        title: 'Lighthouse keeper stays on',
        section: 'culture',
        tags: ['sea'],
      }),
    );
    expect(await slugsFor('retires')).toEqual([]);
    expect(await slugsFor('stays')).toEqual(['story-1']);
    const response = await running.bff.app.inject({ url: '/api/search?q=lighthouse&tag=sea' });
    expect(response.json()).toMatchObject({
      total: 1,
      facets: { section: [{ value: 'culture', count: 1 }] },
    });
  });

  it('keeps the slug of a revised article', async () => {
    running = await startTestBff(published(article(1, { title: 'Lighthouse keeper retires' })));
    await running.append(revised('article-1', { title: 'Lighthouse keeper stays' }));
    expect(running.bff.index.get('article-1')?.slug).toBe('story-1');
  });

  it('drops a retracted article from results and facets', async () => {
    running = await startTestBff(
      published(article(1, { title: 'Lighthouse keeper retires', section: 'news' })),
      published(article(2, { title: 'Lighthouse museum opens', section: 'culture' })),
    );
    await running.append(retracted('article-1'));
    const response = await running.bff.app.inject({ url: '/api/search?q=lighthouse' });
    expect(response.json()).toMatchObject({
      total: 1,
      hits: [{ slug: 'story-2' }],
      facets: { section: [{ value: 'culture', count: 1 }] },
    });
    expect(running.bff.index.size).toBe(1);
  });

  it('ignores a revision of a retracted article instead of bringing it back', async () => {
    running = await startTestBff(published(article(1, { title: 'Lighthouse keeper retires' })));
    await running.append(
      retracted('article-1'),
      revised('article-1', { title: 'Lighthouse again' }),
    );
    expect(await slugsFor('lighthouse')).toEqual([]);
  });
});
