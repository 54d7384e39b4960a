import { openEventLog, type EventLog } from '@tessera/log';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from './corpus/load.js';
import { publishedEvent } from './events.js';
import { seed, seedIfEmpty } from './seed.js';

const corpus = loadCorpus();
const expectedArticleEvents = corpus.articles.length + corpus.revisions.length;

describe('seed', () => {
  let log: EventLog;
  beforeEach(async () => {
    log = await openEventLog('memory:');
  });
  afterEach(() => log.close());

  it('appends the writers and every article and revision', async () => {
    const lines: string[] = [];
    const result = await seed(log, { logger: { info: (line) => lines.push(line) } });
    expect(result.users).toEqual({ appended: corpus.writers.length, existing: 0 });
    expect(result.articles).toEqual({ appended: expectedArticleEvents, existing: 0 });
    expect(await log.head('articles')).toBe(expectedArticleEvents);
    expect(lines.join('\n')).toMatch(/articles: \d+ appended/);
  });

  it('is idempotent: a second run appends nothing', async () => {
    await seed(log);
    const again = await seed(log);
    expect(again.users.appended).toBe(0);
    expect(again.articles).toEqual({ appended: 0, existing: expectedArticleEvents });
    expect(await log.head('articles')).toBe(expectedArticleEvents);
    expect(await log.head('users')).toBe(corpus.writers.length);
  });

  it('stamps each event with its article date, in offset order', async () => {
    await seed(log);
    const events = await log.read('articles', { limit: 1000 });
    const first = events.find((e) => e.type === 'article.published')!;
    const article = corpus.articles.find((a) => a.slug === (first.data as { slug: string }).slug)!;
    expect(first.time).toBe(new Date(article.date).toISOString());
    const times = events.map((e) => Date.parse(e.time));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});

describe('seedIfEmpty', () => {
  it('seeds an empty log', async () => {
    const log = await openEventLog('memory:');
    try {
      expect(await seedIfEmpty(log)).not.toBeNull();
      expect(await log.head('articles')).toBe(expectedArticleEvents);
    } finally {
      await log.close();
    }
  });

  it('leaves a log that already has articles alone', async () => {
    const log = await openEventLog('memory:');
    try {
      await log.append('articles', [publishedEvent(corpus.articles[0]!)]);
      expect(await seedIfEmpty(log)).toBeNull();
      expect(await log.head('articles')).toBe(1);
      expect(await log.head('users')).toBe(0);
    } finally {
      await log.close();
    }
  });
});
