import { standardCatalog } from '@tessera/log';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from './corpus/load.js';
import { articleEvents, userEvents } from './events.js';
import { writerId } from './ids.js';

const corpus = loadCorpus();
const catalog = standardCatalog();

describe('corpus events', () => {
  it('every event passes the log catalog validation at the latest schema version', () => {
    const events = [...userEvents(corpus), ...articleEvents(corpus)];
    for (const event of events) {
      expect(() =>
        catalog.validate(event.type, catalog.latest(event.type), event.data),
      ).not.toThrow();
    }
  });

  it('are in time order, with one published event per article and one revised event per revision', () => {
    const events = articleEvents(corpus);
    const times = events.map((e) => Date.parse(e.time!));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(events.filter((e) => e.type === 'article.published')).toHaveLength(
      corpus.articles.length,
    );
    expect(events.filter((e) => e.type === 'article.revised')).toHaveLength(
      corpus.revisions.length,
    );
  });

  it('point bylines and editors at the registered writers', () => {
    const userIds = new Set(userEvents(corpus).map((e) => (e.data as { userId: string }).userId));
    for (const event of articleEvents(corpus)) {
      const data = event.data as { authorId?: string; editorId?: string };
      expect(userIds).toContain(data.authorId ?? data.editorId);
    }
    expect(userIds).toContain(writerId('mara.okafor'));
  });

  it('have unique ids', () => {
    const ids = [...userEvents(corpus), ...articleEvents(corpus)].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
