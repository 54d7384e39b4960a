import type { NewEvent } from '@tessera/log';
import type { ArticlePublished, ArticleRevised, UserRegistered } from '@tessera/log/schemas';
import type { Writer } from './corpus/schema.js';
import type { Corpus, CorpusArticle, CorpusRevision } from './corpus/types.js';
import { articleId, publishedEventId, registeredEventId, revisedEventId, writerId } from './ids.js';

export function writerEvent(writer: Writer): NewEvent<UserRegistered> {
  const userId = writerId(writer.username);
  return {
    id: registeredEventId(writer.username),
    type: 'user.registered',
    key: userId,
    time: '2026-10-01T08:00:00.000Z',
    data: {
      userId,
      username: writer.username,
      displayName: writer.displayName,
      role: writer.role,
    },
  };
}

export function publishedEvent(article: CorpusArticle): NewEvent<ArticlePublished> {
  const id = articleId(article.slug);
  return {
    id: publishedEventId(article.slug),
    type: 'article.published',
    key: id,
    time: new Date(article.date).toISOString(),
    data: {
      articleId: id,
      slug: article.slug,
      section: article.section,
      title: article.title,
      summary: article.summary,
      body: article.body,
      authorId: writerId(article.author),
      tags: article.tags,
    },
  };
}

export function revisedEvent(revision: CorpusRevision): NewEvent<ArticleRevised> {
  const id = articleId(revision.article);
  return {
    id: revisedEventId(revision.article, revision.number),
    type: 'article.revised',
    key: id,
    time: new Date(revision.date).toISOString(),
    data: {
      articleId: id,
      section: revision.section,
      title: revision.title,
      summary: revision.summary,
      body: revision.body,
      tags: revision.tags,
      editorId: writerId(revision.editor),
    },
  };
}

/** The `articles` stream's share of the corpus, in time order (a revision always after its article). */
export function articleEvents(corpus: Corpus): NewEvent[] {
  const events = [...corpus.articles.map(publishedEvent), ...corpus.revisions.map(revisedEvent)];
  return events.sort((a, b) => Date.parse(a.time!) - Date.parse(b.time!));
}

export const userEvents = (corpus: Pick<Corpus, 'writers'>): NewEvent[] =>
  corpus.writers.map(writerEvent);
