import { randomUUID } from 'node:crypto';
import { ServiceError, type Session } from '@tessera/kit';
import type { ArticleRevised } from '@tessera/log/schemas';
import type { z } from 'zod';
import type { publishRequestSchema } from './contract/index.js';
import { createCheckedAppend, type CheckedAppendOptions } from './checked-append.js';
import { ArticlesErrors } from './errors.js';
import { liveArticle } from './lookup.js';
import { currentRevision, type ArticleRecord } from './projection/articles.js';
import { freeSlug, slugify } from './slug.js';

/** The editable fields of a revision, after the request schema's defaults. */
export type Fields = Pick<ArticleRevised, 'section' | 'title' | 'summary' | 'body' | 'tags'>;

export type PublishCommand = z.output<typeof publishRequestSchema>;

export type WriterOptions = CheckedAppendOptions;

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
  const { articles } = options;
  const appendChecked = createCheckedAppend(options);
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
