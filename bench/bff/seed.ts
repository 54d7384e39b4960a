import type { EventLog } from '@tessera/log';
import { seededRandom, syntheticArticle } from './corpus.js';

const BATCH = 1000;

/** Appends `count` synthetic `article.published` events; returns the append rate. */
export async function seedArticles(log: EventLog, count: number, seed: number) {
  const random = seededRandom(seed);
  const started = performance.now();
  for (let from = 0; from < count; from += BATCH) {
    const events = [];
    for (let n = from; n < Math.min(count, from + BATCH); n++) {
      const data = syntheticArticle(n, random);
      events.push({ type: 'article.published', key: data.articleId, data });
    }
    await log.append('articles', events);
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    events: count,
    seconds: Math.round(seconds * 100) / 100,
    eventsPerSecond: Math.round(count / seconds),
  };
}
