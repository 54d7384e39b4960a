import { randomBytes } from 'node:crypto';
import type { EventLog, NewEvent } from '@tessera/log';
import { appendCounted, type AppendCount } from './append.js';
import { loadCorpus } from './corpus/load.js';
import type { Corpus } from './corpus/types.js';
import { articleEvents, userEvents } from './events.js';
import { silentLogger, type ProgressLogger } from './progress.js';

export const ARTICLES_STREAM = 'articles';
export const USERS_STREAM = 'users';

export interface SeedOptions {
  logger?: ProgressLogger;
  /** The corpus to append (default: the one shipped with this package). */
  corpus?: Corpus;
}

export interface SeedResult {
  users: AppendCount;
  articles: AppendCount;
}

/**
 * Appends the newsroom's writers to `users` and its articles and revisions to `articles`.
 * Event ids are derived from the content's names, so running it again appends nothing.
 */
export async function seed(log: EventLog, options: SeedOptions = {}): Promise<SeedResult> {
  const logger = options.logger ?? silentLogger;
  const corpus = options.corpus ?? loadCorpus();
  logger.info(
    `seeding ${corpus.writers.length} writers, ${corpus.articles.length} articles and ${corpus.revisions.length} revisions`,
  );
  // One trace id for the whole run: its events are easy to find together in logs.
  const traceId = randomBytes(16).toString('hex');
  const traced = (events: NewEvent[]) => events.map((event) => ({ ...event, traceId }));
  const users = await appendCounted(log, USERS_STREAM, traced(userEvents(corpus)));
  logger.info(`users: ${users.appended} appended, ${users.existing} already in the log`);
  const articles = await appendCounted(log, ARTICLES_STREAM, traced(articleEvents(corpus)));
  logger.info(`articles: ${articles.appended} appended, ${articles.existing} already in the log`);
  return { users, articles };
}

/** Seeds only a log whose `articles` stream is empty (first start); returns null otherwise. */
export async function seedIfEmpty(
  log: EventLog,
  options: SeedOptions = {},
): Promise<SeedResult | null> {
  if ((await log.head(ARTICLES_STREAM)) > 0) return null;
  return seed(log, options);
}
