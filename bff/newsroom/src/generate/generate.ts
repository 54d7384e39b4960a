import { randomBytes } from 'node:crypto';
import type { EventLog, NewEvent } from '@tessera/log';
import { appendCounted } from '../append.js';
import { loadCorpus } from '../corpus/load.js';
import type { Corpus } from '../corpus/types.js';
import { publishedEvent, userEvents } from '../events.js';
import { silentLogger, type ProgressLogger } from '../progress.js';
import { ARTICLES_STREAM, USERS_STREAM } from '../seed.js';
import { createRandom } from './random.js';
import { synthesize, type SynthesizeContext } from './synthesize.js';

export interface GenerateOptions {
  /** How many synthetic articles to append. */
  articles: number;
  /** The same seed gives the same articles (and ids, so a re-run appends nothing). Default "1". */
  seed?: string;
  /** Events per append (default 500). */
  batchSize?: number;
  /** Appends in flight at once (default 4): the next batch is built while one is stored. */
  inFlight?: number;
  logger?: ProgressLogger;
  /** Sections, tags and writers to draw from (default: the shipped corpus). */
  corpus?: Corpus;
}

export interface GenerateResult {
  appended: number;
  existing: number;
  elapsedMs: number;
  eventsPerSecond: number;
}

/** Generated stories are dated before the corpus, five minutes apart, from this moment. */
const FIRST_TIME = Date.parse('2024-01-01T06:00:00.000Z');
const SPACING_MS = 5 * 60_000;

function checkOptions(options: GenerateOptions): void {
  if (!Number.isSafeInteger(options.articles) || options.articles < 1) {
    throw new RangeError(`articles must be a positive integer, got ${options.articles}`);
  }
  const batch = options.batchSize ?? 500;
  if (!Number.isSafeInteger(batch) || batch < 1 || batch > 10_000) {
    throw new RangeError(`batchSize must be 1..10000, got ${batch}`);
  }
}

/** The seed as it appears in slugs; it also seeds the random source, so "A" and "a" are one run. */
function seedTagOf(seed: string | undefined): string {
  return (seed ?? '1').toLowerCase().replace(/[^a-z0-9]+/g, '') || 'x';
}

function* batches(context: SynthesizeContext, options: GenerateOptions): Generator<NewEvent[]> {
  const size = options.batchSize ?? 500;
  const seedTag = seedTagOf(options.seed);
  // One trace id for the whole run: its events are easy to find together in logs.
  const traceId = randomBytes(16).toString('hex');
  for (let start = 0; start < options.articles; start += size) {
    const end = Math.min(options.articles, start + size);
    const batch: NewEvent[] = [];
    for (let index = start; index < end; index++) {
      const article = synthesize(context, `g${seedTag}-${index + 1}`);
      const date = new Date(FIRST_TIME + index * SPACING_MS).toISOString();
      batch.push({ ...publishedEvent({ ...article, date }), traceId });
    }
    yield batch;
  }
}

/**
 * Appends `articles` deterministic synthetic stories (for load tests), in batches with a
 * few appends in flight. Also makes sure the corpus writers exist, so every byline resolves.
 */
export async function generate(log: EventLog, options: GenerateOptions): Promise<GenerateResult> {
  checkOptions(options);
  const logger = options.logger ?? silentLogger;
  const corpus = options.corpus ?? loadCorpus();
  const started = performance.now();
  await appendCounted(log, USERS_STREAM, userEvents(corpus));
  const context: SynthesizeContext = {
    random: createRandom(`tessera-generate:${seedTagOf(options.seed)}`),
    sections: corpus.sections.map((s) => s.slug),
    tags: corpus.tags,
    authors: corpus.writers.map((w) => w.username),
  };
  const initialHead = await log.head(ARTICLES_STREAM);
  const pending = new Set<Promise<void>>();
  let appended = 0;
  let done = 0;
  let reported = 0;
  try {
    for (const batch of batches(context, options)) {
      const task = log.append(ARTICLES_STREAM, batch).then(({ offsets }) => {
        appended += offsets.filter((offset) => offset > initialHead).length;
        done += batch.length;
        if (done === options.articles || done - reported >= options.articles / 10) {
          reported = done;
          logger.info(`generated ${done}/${options.articles} articles`);
        }
      });
      const tracked = task.finally(() => pending.delete(tracked));
      pending.add(tracked);
      if (pending.size >= (options.inFlight ?? 4)) await Promise.race(pending);
    }
    await Promise.all(pending);
  } catch (error) {
    await Promise.allSettled(pending);
    throw error;
  }
  const elapsedMs = performance.now() - started;
  const eventsPerSecond = Math.round(options.articles / (elapsedMs / 1000));
  logger.info(
    `${appended} appended, ${options.articles - appended} already in the log, in ${(elapsedMs / 1000).toFixed(1)} s (${eventsPerSecond} events/s)`,
  );
  return { appended, existing: options.articles - appended, elapsedMs, eventsPerSecond };
}
