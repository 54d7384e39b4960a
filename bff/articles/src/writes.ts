import { randomUUID } from 'node:crypto';
import { ServiceError, type Session } from '@tessera/kit';
import {
  LogErrorCode,
  isLogError,
  type EventLog,
  type NewEvent,
  type Projection,
} from '@tessera/log';
import type { ArticleRevised } from '@tessera/log/schemas';
import type { z } from 'zod';
import type { publishRequestSchema } from './contract/index.js';
import { ArticlesErrors } from './errors.js';
import {
  ARTICLES_STREAM,
  currentRevision,
  type ArticleRecord,
  type ArticlesState,
} from './projection/articles.js';
import { freeSlug, slugify } from './slug.js';

/** The editable fields of a revision, after the request schema's defaults. */
export type Fields = Pick<ArticleRevised, 'section' | 'title' | 'summary' | 'body' | 'tags'>;

export type PublishCommand = z.output<typeof publishRequestSchema>;

export interface WriterOptions {
  log: EventLog;
  articles: Projection<ArticlesState>;
  /** How long a write waits for its own event to be applied (default 5 s). */
  applyTimeoutMs?: number;
  /** Appends tried when other writers keep moving the stream (default 5). */
  maxAttempts?: number;
}

export interface Writer {
  publish(session: Session, command: PublishCommand, traceId: string): Promise<ArticleRecord>;
  revise(session: Session, slug: string, change: Revision, traceId: string): Promise<ArticleRecord>;
  retract(session: Session, slug: string, reason: string, traceId: string): Promise<ArticleRecord>;
}

export interface Revision {
  /** The new fields, given the article as it stands. */
  fields: (current: Fields) => Fields;
  baseRevision?: number;
}

const SAVED_NOT_VISIBLE =
  'Your change is saved but not visible yet; reload in a moment instead of sending it again.';
const NOT_SAVED = 'Many editors are saving at once and your change was not saved; try again.';

export function liveArticle(state: ArticlesState, slug: string): ArticleRecord {
  const article = state.bySlug.get(slug);
  if (!article) {
    throw new ServiceError(ArticlesErrors.articleNotFound, `No article has the slug "${slug}".`);
  }
  if (article.retracted) {
    throw new ServiceError(
      ArticlesErrors.retracted,
      `The article "${slug}" was retracted: ${article.retracted.reason}`,
    );
  }
  return article;
}

function slugTaken(slug: string): ServiceError {
  return new ServiceError(
    ArticlesErrors.slugTaken,
    `The slug "${slug}" is taken; choose another.`,
    {
      errors: [{ path: 'body.slug', message: 'already taken by another article', code: 'taken' }],
    },
  );
}

export function createWriter(options: WriterOptions): Writer {
  const { log, articles } = options;
  const applyTimeoutMs = options.applyTimeoutMs ?? 5_000;
  const maxAttempts = options.maxAttempts ?? 5;

  async function waitApplied(offset: number, detail: string): Promise<void> {
    try {
      await articles.waitFor(offset, { timeoutMs: applyTimeoutMs });
    } catch (error) {
      if (!isLogError(error, LogErrorCode.Timeout)) throw error;
      throw new ServiceError(ArticlesErrors.busy, detail, { cause: error });
    }
  }

  async function append(event: NewEvent, head: number): Promise<number> {
    try {
      const { offsets } = await log.append(ARTICLES_STREAM, [event], { expectedHead: head });
      return offsets[0]!;
    } catch (error) {
      // The log being down or closing is an outage, not the caller's fault: 503, not 500.
      if (isLogError(error, LogErrorCode.Unavailable) || isLogError(error, LogErrorCode.Closed)) {
        throw new ServiceError(ArticlesErrors.busy, 'The change could not be saved; try again.', {
          cause: error,
        });
      }
      throw error;
    }
  }

  /**
   * Checks against the state at offset h and appends only if the stream is
   * still at h, so no rule (unique slugs, no edits after a retraction) can be
   * broken by a writer on another replica between our check and our append.
   */
  async function appendChecked(
    build: (state: ArticlesState) => NewEvent,
    traceId: string,
  ): Promise<void> {
    const id = randomUUID();
    for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
      const head = articles.offset;
      const event = { ...build(articles.state), id, traceId };
      try {
        const offset = await append(event, head);
        await waitApplied(offset, SAVED_NOT_VISIBLE);
        return;
      } catch (error) {
        if (!isLogError(error, LogErrorCode.Conflict)) throw error;
        await waitApplied(await log.head(ARTICLES_STREAM), NOT_SAVED);
      }
    }
    throw new ServiceError(ArticlesErrors.busy, NOT_SAVED);
  }

  const find = (slug: string) => liveArticle(articles.state, slug);

  return {
    async publish(session, request, traceId) {
      const { slug: wanted, ...fields } = request;
      let slug = '';
      await appendChecked((state) => {
        if (wanted !== undefined && state.bySlug.has(wanted)) throw slugTaken(wanted);
        slug = wanted ?? freeSlug(slugify(fields.title), (s) => state.bySlug.has(s));
        const data = { articleId: randomUUID(), slug, authorId: session.userId, ...fields };
        return { type: 'article.published', key: data.articleId, data };
      }, traceId);
      return find(slug);
    },
    async revise(session, slug, change, traceId) {
      await appendChecked((state) => {
        const article = liveArticle(state, slug);
        const current = currentRevision(article);
        if (change.baseRevision !== undefined && change.baseRevision !== current.n) {
          throw new ServiceError(
            ArticlesErrors.staleRevision,
            `You edited revision ${change.baseRevision} but the article is at revision ${current.n}; reload and edit again.`,
          );
        }
        const data = {
          articleId: article.articleId,
          editorId: session.userId,
          ...change.fields(current),
        };
        return { type: 'article.revised', key: article.articleId, data };
      }, traceId);
      return find(slug);
    },
    async retract(session, slug, reason, traceId) {
      await appendChecked((state) => {
        const { articleId } = liveArticle(state, slug);
        const data = { articleId, reason, editorId: session.userId };
        return { type: 'article.retracted', key: articleId, data };
      }, traceId);
      return articles.state.bySlug.get(slug)!;
    },
  };
}
