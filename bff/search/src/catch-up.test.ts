import { captureLogger } from '@tessera/kit/testing';
import { openEventLog, type EventLog } from '@tessera/log';
import { sharedLogs, type SharedLog } from '@tessera/log/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTICLES_STREAM,
  createSearchProjection,
  type SearchProjectionOptions,
} from './projection.js';
import type { SearchIndex } from './search-index.js';
import { article, published, retracted, revised } from './testing/fixture.js';

// Batches of two put revisions and retractions on both sides of batch boundaries.
const EVENTS = [
  published(article(1, { title: 'Lighthouse keeper retires', tags: ['sea'] })),
  published(article(2, { title: 'Lighthouse museum opens', section: 'culture' })),
  revised('article-1', { title: 'Lighthouse keeper stays', tags: ['sea', 'people'] }),
  published(article(3, { title: 'Harbour seals counted', tags: ['sea', 'wildlife'] })),
  retracted('article-2'),
  revised('article-2', { title: 'Lighthouse museum returns' }),
  published(article(4, { title: 'Harbour wall repaired', tags: ['sea'] })),
  revised('article-3', { title: 'Harbour seals recounted', section: 'science' }),
  retracted('article-4'),
];
const QUERIES = ['lighthouse', 'harbour', 'museum', 'keeper stays', 'seals', 'ligthouse', 'harb'];

function answers(index: SearchIndex) {
  return {
    size: index.size,
    searches: QUERIES.map((q) => index.search({ q, page: 1, pageSize: 10 })),
    suggestions: QUERIES.map((q) => index.suggest(q, 6)),
  };
}

describe.each(sharedLogs)(
  'the search projection rebuilt with a worker thread on %s',
  (_name, openShared) => {
    let shared: SharedLog;
    let log: EventLog;
    beforeAll(async () => {
      shared = await openShared();
      log = await openEventLog(shared.url, { producer: 'test' });
      await log.append(ARTICLES_STREAM, EVENTS);
    });
    afterAll(async () => {
      await log.close();
      await shared.dispose();
    });

    async function rebuilt(rebuildWorker?: SearchProjectionOptions['rebuildWorker']) {
      const captured = captureLogger();
      let applied = 0;
      const projection = createSearchProjection(log, {
        logger: captured.logger,
        rebuildWorker,
        onApplied: () => applied++,
      });
      await projection.start();
      const built = { answers: answers(projection.state), offset: projection.offset, applied };
      const lines = captured.lines();
      return { built, projection, lines, messages: lines.map((line) => line.msg) };
    }

    it('builds the index this thread builds alone, and then follows the log', async () => {
      const alone = await rebuilt();
      await alone.projection.stop();
      const withWorker = await rebuilt({ url: shared.url, batchSize: 2, workerFrom: 0 });
      expect(withWorker.messages).toEqual(['caught up with a worker thread']);
      expect(withWorker.built).toEqual(alone.built);
      expect(alone.built).toMatchObject({ offset: EVENTS.length, answers: { size: 2 } });

      const { offsets } = await log.append(ARTICLES_STREAM, [
        published(article(5, { title: 'Lighthouse for sale' })),
      ]);
      await withWorker.projection.waitFor(offsets[0]!);
      expect(withWorker.projection.state.get('article-5')?.slug).toBe('story-5');
      await withWorker.projection.stop();
    });

    it('folds a short stream on this thread without starting a worker', async () => {
      const alone = await rebuilt();
      await alone.projection.stop();
      const missing = new URL('./no-such-worker.mjs', import.meta.url);
      const short = await rebuilt({ url: shared.url, workerUrl: missing, workerFrom: 100 });
      await short.projection.stop();
      // No worker line, not even the one a worker that cannot start would log.
      expect(short.messages).toEqual([]);
      expect(short.built).toEqual(alone.built);
    });

    it('reads the log on this thread when the worker cannot start', async () => {
      const alone = await rebuilt();
      await alone.projection.stop();
      const missing = new URL('./no-such-worker.mjs', import.meta.url);
      const fallen = await rebuilt({ url: shared.url, workerUrl: missing, workerFrom: 0 });
      await fallen.projection.stop();
      expect(fallen.messages).toEqual([
        'catch-up worker failed; the projection reads the rest of the log itself',
      ]);
      expect(fallen.built).toEqual(alone.built);
    });

    it('reads the rest of the log on this thread when the worker fails half-way', async () => {
      const alone = await rebuilt();
      await alone.projection.stop();
      const failing = new URL('./testing/failing-catch-up-worker.mjs', import.meta.url);
      const fallen = await rebuilt({ url: shared.url, workerUrl: failing, workerFrom: 0 });
      await fallen.projection.stop();
      expect(fallen.messages).toEqual([
        'catch-up worker failed; the projection reads the rest of the log itself',
      ]);
      // It failed after the main thread had applied the two events it handed over.
      expect(fallen.lines[0]).toMatchObject({ offset: 2 });
      expect(fallen.built).toEqual(alone.built);
    });
  },
);
