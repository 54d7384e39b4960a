import { sharedLogs, type SharedLog } from '@tessera/log/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  article,
  published,
  retracted,
  revised,
  startTestBffOn,
  type TestBff,
} from './testing/fixture.js';

const READS = [
  '/api/search?q=lighthouse',
  '/api/search?q=lighthouse&section=culture',
  '/api/search?q=harbour&tag=sea&pageSize=1&page=2',
  '/api/search?q=museum+delay',
  '/api/search?q=ligthouse',
  '/api/search/suggest?q=lighthouse+mu',
  '/readyz',
];

const EVENTS = [
  published(article(1, { title: 'Lighthouse keeper retires', tags: ['sea'] })),
  published(article(2, { title: 'Lighthouse museum opens', section: 'culture' })),
  published(article(3, { title: 'Harbour seals counted', tags: ['sea', 'wildlife'] })),
  published(article(4, { title: 'Harbour wall repaired', tags: ['sea'] })),
  revised('article-2', { title: 'Lighthouse museum delayed', section: 'culture' }),
  retracted('article-1'),
];

type Row = [url: string, status: number, body: Record<string, unknown>];

async function answers(running: TestBff): Promise<Row[]> {
  const rows: Row[] = [];
  for (const url of READS) {
    const response = await running.bff.app.inject({ url });
    // `took` is a per-request timing; everything else must come out the same.
    const { took: _took, ...body } = response.json() as Record<string, unknown>;
    rows.push([url, response.statusCode, body]);
  }
  return rows;
}

describe.each(sharedLogs)('a restarted bff-search on %s', (_name, openShared) => {
  let shared: SharedLog;
  beforeAll(async () => {
    shared = await openShared();
  });
  afterAll(() => shared.dispose());

  it('rebuilds its index from the same log and serves the same answers', async () => {
    const first = await startTestBffOn(shared.url);
    await first.append(...EVENTS);
    const before = await answers(first);
    await first.close();

    const second = await startTestBffOn(shared.url);
    const after = await answers(second);
    await second.close();

    expect(after).toEqual(before);
    expect(before.map(([, status]) => status)).toEqual([200, 200, 200, 200, 200, 200, 200]);
    expect(before[0]).toMatchObject([READS[0], 200, { total: 1, hits: [{ slug: 'story-2' }] }]);
    expect(before[6]).toMatchObject([READS[6], 200, { offset: 6, articles: 3 }]);
  });
});
