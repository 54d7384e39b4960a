import { captureLogger } from '@tessera/kit/testing';
import { openEventLog, type EventLog, type NewEvent } from '@tessera/log';
import type { ArticlePublished } from '@tessera/log/schemas';
import { createSearchBff, type SearchBff } from '../app.js';
import { ARTICLES_STREAM } from '../projection.js';

/** A valid article; tests override what they look for. */
export function article(n: number, overrides: Partial<ArticlePublished> = {}): ArticlePublished {
  return {
    articleId: `article-${n}`,
    slug: `story-${n}`,
    section: 'news',
    title: `Story number ${n}`,
    summary: `A short summary of story ${n}.`,
    body: `The body of story ${n}, in **Markdown**.`,
    authorId: 'author-1',
    tags: [],
    ...overrides,
  };
}

export const published = (data: ArticlePublished): NewEvent => ({
  type: 'article.published',
  key: data.articleId,
  data,
});

export const revised = (articleId: string, fields: Record<string, unknown>): NewEvent => ({
  type: 'article.revised',
  key: articleId,
  data: {
    articleId,
    section: 'news',
    summary: '',
    body: '',
    tags: [],
    editorId: 'editor-1',
    ...fields,
  },
});

export const retracted = (articleId: string): NewEvent => ({
  type: 'article.retracted',
  key: articleId,
  data: { articleId, reason: 'Published in error.', editorId: 'editor-1' },
});

export interface TestBff {
  bff: SearchBff;
  log: EventLog;
  /** Appends to the articles stream and waits until the index has applied it. */
  append(...events: NewEvent[]): Promise<void>;
  close(): Promise<void>;
}

/** A started search BFF on a fresh memory: log, seeded with `events`. */
export function startTestBff(...events: NewEvent[]): Promise<TestBff> {
  return startTestBffOn('memory:', ...events);
}

/** A started search BFF on its own connection to the log at `url`, after appending `events`. */
export async function startTestBffOn(url: string, ...events: NewEvent[]): Promise<TestBff> {
  const log = await openEventLog(url, { producer: 'test' });
  if (events.length) await log.append(ARTICLES_STREAM, events);
  const bff = createSearchBff({
    log,
    logger: captureLogger().logger,
    defaultMetrics: false,
    // As main.ts does: on a shared log, the index is rebuilt with a worker thread.
    rebuildWorker: { url },
  });
  await bff.start();
  return {
    bff,
    log,
    async append(...more) {
      const { offsets } = await log.append(ARTICLES_STREAM, more);
      await bff.waitFor(offsets[offsets.length - 1]!);
    },
    close: () => bff.app.close(),
  };
}
