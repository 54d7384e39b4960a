import fc from 'fast-check';
import {
  createProjection,
  openEventLog,
  type CatchUpContext,
  type EventEnvelope,
  type NewEvent,
} from '@tessera/log';
import { describe, expect, it } from 'vitest';
import { BatchApplier } from './batch-applier.js';
import { BatchPreparer, batchWords } from './prepared-batch.js';
import { applyArticleEvent } from './article-events.js';
import { createSearchIndex, type SearchIndex } from './search-index.js';
import { article, published, retracted, revised } from './testing/fixture.js';

const WORDS = ['Harbour', 'harbor', 'BRIDGE', 'tram', 'Straße', 'the', 'budget', 'Дом', 'vote'];
const QUERIES = ['harbour', 'harb', 'bridge', 'tram budget', 'straße', 'дом', 'vote', 'harbuor'];

const text = fc.array(fc.constantFrom(...WORDS, '**', '\n', '[link](x)'), { maxLength: 8 });
const fields = fc.record({
  title: text.map((words) => words.join(' ') || 'Untitled'),
  summary: text.map((words) => words.join(' ')),
  body: text.map((words) => words.join(' ')),
  tags: fc.array(fc.constantFrom('rail', 'sea', 'Sea'), { maxLength: 3 }),
  section: fc.constantFrom('news', 'culture'),
});
const articleNumber = fc.integer({ min: 1, max: 4 });
const event: fc.Arbitrary<NewEvent> = fc.oneof(
  fc.tuple(articleNumber, fields).map(([n, f]) => published(article(n, f))),
  fc.tuple(articleNumber, fields).map(([n, f]) => revised(`article-${n}`, f)),
  articleNumber.map((n) => retracted(`article-${n}`)),
  fc.constant({ type: 'article.noted', key: 'x', data: {} }),
);

const envelopes = (events: NewEvent[]): EventEnvelope[] =>
  events.map((e, i) => ({ ...e, offset: i + 1, id: `e${i}`, stream: 'articles' }) as EventEnvelope);

/** The same index state folded on one thread, as the projection without a worker does. */
function foldedDirectly(events: EventEnvelope[], seed: NewEvent[]): SearchIndex {
  const index = createSearchIndex();
  for (const e of [...envelopes(seed), ...events]) applyArticleEvent(index, e);
  return index;
}

/**
 * Prepared in batches of the given sizes (as the worker does) and applied as
 * the main thread does, through a projection's catch-up; batch k is left to
 * the main thread to prepare when `leftToMain[k]` is true (the worker does
 * that when the main thread is idle).
 */
async function foldedInBatches(
  events: EventEnvelope[],
  seed: NewEvent[],
  cuts: number[],
  leftToMain: boolean[] = [false],
): Promise<SearchIndex> {
  const index = createSearchIndex();
  // Terms the index has before the batches arrive: its ids differ from the preparer's.
  for (const e of envelopes(seed)) applyArticleEvent(index, e);
  const skipped: number[] = [];
  const log = await openEventLog('memory:', { producer: 'test' });
  const projection = createProjection({
    log,
    stream: 'articles',
    initial: () => index,
    apply: applyArticleEvent,
    onSkipped: ({ offset }) => skipped.push(offset),
    catchUp: async (context) => applyInBatches(events, cuts, leftToMain, context),
  });
  await projection.start();
  expect([projection.offset, skipped]).toEqual([events.length, []]);
  await projection.stop();
  await log.close();
  return index;
}

function applyInBatches(
  events: EventEnvelope[],
  cuts: number[],
  leftToMain: boolean[],
  context: CatchUpContext<SearchIndex>,
): void {
  const preparer = new BatchPreparer();
  const applier = new BatchApplier();
  // Small buffers, so preparing grows them.
  let words = batchWords(4, 1);
  for (let at = 0, cut = 0; at < events.length; cut++) {
    const size = cuts[cut % cuts.length]!;
    const slice = events.slice(at, at + size);
    at += size;
    if (leftToMain[cut % leftToMain.length]) {
      preparer.pass(slice);
      applier.applyEvents(slice, context);
      continue;
    }
    const batch = preparer.prepare(slice, words);
    applier.apply(batch, context);
    words = batch.words;
  }
}

function answers(index: SearchIndex) {
  return {
    size: index.size,
    searches: QUERIES.map((q) => index.search({ q, page: 1, pageSize: 50 })),
    suggestions: QUERIES.map((q) => index.suggest(q, 10)),
    articles: [1, 2, 3, 4].map((n) => index.get(`article-${n}`)),
  };
}

describe('indexing in prepared batches', () => {
  it('builds the index that folding each event on one thread builds, across batch boundaries and batches of either kind', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(event, { maxLength: 40 }),
        fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
        async (events, cuts, leftToMain) => {
          const seed = [published(article(9, { title: 'Orchestra tours the valley' }))];
          const log = envelopes(events);
          expect(answers(await foldedInBatches(log, seed, cuts, leftToMain))).toEqual(
            answers(foldedDirectly(log, seed)),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps the words of a batch right when a removal rebuilds the index in the middle of it', async () => {
    // Dead documents outnumbering max(1000, live) rebuild the term index.
    const events = [published(article(1, { title: 'Harbour bridge' }))];
    for (let n = 0; n < 1200; n++) {
      events.push(revised('article-1', { title: `Harbour bridge ${n % 2 ? 'vote' : 'tram'}` }));
    }
    events.push(published(article(2, { title: 'Tram budget vote' })), retracted('article-1'));
    const log = envelopes(events);
    const seed = [published(article(9, { title: 'Orchestra tours the valley' }))];
    expect(answers(await foldedInBatches(log, seed, [333]))).toEqual(
      answers(foldedDirectly(log, seed)),
    );
  });
});

describe('BatchPreparer', () => {
  const revision = revised('article-1', { title: 'Lighthouse keepers vote' });

  it('reads no words from a revision of a retracted article, which the index would not add', () => {
    const preparer = new BatchPreparer();
    const events = envelopes([published(article(1)), retracted('article-1'), revision]);
    const batch = preparer.prepare(events, batchWords());
    expect(batch.events.map((e) => e.kind)).toEqual(['published', 'retracted', 'ignored']);
  });

  it('tracks the articles the main thread prepared itself, as if it had prepared them', () => {
    const preparer = new BatchPreparer();
    const [publish, retract, revise] = envelopes([
      published(article(1)),
      retracted('article-1'),
      revision,
    ]);
    preparer.pass([publish!, retract!]);
    const batch = preparer.prepare([revise!], batchWords());
    expect(batch.events.map((e) => e.kind)).toEqual(['ignored']);
  });
});
