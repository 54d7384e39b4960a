import { openEventLog, type EventLog } from '@tessera/log';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../corpus/load.js';
import { writerId } from '../ids.js';
import { generate } from './generate.js';

const corpus = loadCorpus();

interface Published {
  slug: string;
  section: string;
  tags: string[];
  authorId: string;
  body: string;
}

async function readAll(log: EventLog): Promise<Published[]> {
  const events = await log.read('articles', { limit: 10_000 });
  return events.map((e) => e.data as Published);
}

describe('generate', () => {
  let log: EventLog;
  beforeEach(async () => {
    log = await openEventLog('memory:');
  });
  afterEach(() => log.close());

  it('appends exactly N articles with unique slugs, in batches', async () => {
    const result = await generate(log, { articles: 1234, batchSize: 100, corpus });
    expect(result).toMatchObject({ appended: 1234, existing: 0 });
    const articles = await readAll(log);
    expect(articles).toHaveLength(1234);
    expect(new Set(articles.map((a) => a.slug)).size).toBe(1234);
  });

  it('spreads articles over every section and draws tags and bylines from the corpus', async () => {
    await generate(log, { articles: 600, corpus });
    const articles = await readAll(log);
    const writers = new Set(corpus.writers.map((w) => writerId(w.username)));
    expect(new Set(articles.map((a) => a.section))).toEqual(
      new Set(corpus.sections.map((s) => s.slug)),
    );
    for (const article of articles) {
      expect(writers).toContain(article.authorId);
      for (const tag of article.tags) expect(corpus.tags).toContain(tag);
    }
    expect(await log.head('users')).toBe(corpus.writers.length);
  });

  it('is deterministic: the same seed appends nothing new, another seed appends N more', async () => {
    await generate(log, { articles: 50, seed: 'a', corpus });
    const first = await readAll(log);
    expect((await generate(log, { articles: 50, seed: 'a', corpus })).appended).toBe(0);
    expect((await generate(log, { articles: 50, seed: 'b', corpus })).appended).toBe(50);
    const all = await readAll(log);
    expect(all.slice(0, 50)).toEqual(first);
    expect(new Set(all.map((a) => a.slug)).size).toBe(100);
  });

  it('reports progress and a rate', async () => {
    const lines: string[] = [];
    const result = await generate(log, {
      articles: 20,
      batchSize: 5,
      corpus,
      logger: { info: (line) => lines.push(line) },
    });
    expect(lines.some((line) => line.includes('generated 20/20'))).toBe(true);
    expect(result.eventsPerSecond).toBeGreaterThan(0);
  });

  it('refuses a count or batch size it cannot honour', async () => {
    await expect(generate(log, { articles: 0, corpus })).rejects.toThrow(/positive integer/);
    await expect(generate(log, { articles: 5, batchSize: 20_000, corpus })).rejects.toThrow(
      /batchSize/,
    );
    expect(await log.head('articles')).toBe(0);
  });
});
