import type { EventEnvelope, Offset } from '@tessera/log';
import { ArticlePublished, ArticleRetracted, ArticleRevised } from '@tessera/log/schemas';

export const ARTICLES_STREAM = 'articles';

/** One version of an article's editable fields; revision 1 is the publication. */
export interface RevisionRecord {
  n: number;
  time: string;
  editorId: string;
  section: string;
  title: string;
  summary: string;
  body: string;
  tags: string[];
}

export interface Retraction {
  time: string;
  reason: string;
  editorId: string;
}

export interface ArticleRecord {
  articleId: string;
  slug: string;
  authorId: string;
  /** Offset of the publication: "latest" means the highest one, deterministic on every replica. */
  publishedOffset: Offset;
  revisions: RevisionRecord[];
  retracted: Retraction | null;
}

export interface ArticlesState {
  bySlug: Map<string, ArticleRecord>;
  slugById: Map<string, string>;
  /** Bumped on every change, so derived indexes know when to rebuild. */
  version: number;
}

export function emptyArticles(): ArticlesState {
  return { bySlug: new Map(), slugById: new Map(), version: 0 };
}

export function currentRevision(article: ArticleRecord): RevisionRecord {
  return article.revisions[article.revisions.length - 1]!;
}

function publish(state: ArticlesState, event: EventEnvelope): void {
  const data = ArticlePublished.parse(event.data);
  // First publication wins a slug or id; writers check first, so this only settles races.
  if (state.bySlug.has(data.slug) || state.slugById.has(data.articleId)) return;
  const { articleId, slug, authorId, ...fields } = data;
  state.bySlug.set(slug, {
    articleId,
    slug,
    authorId,
    publishedOffset: event.offset,
    revisions: [{ n: 1, time: event.time, editorId: authorId, ...fields }],
    retracted: null,
  });
  state.slugById.set(articleId, slug);
  state.version += 1;
}

function live(state: ArticlesState, articleId: string): ArticleRecord | undefined {
  const slug = state.slugById.get(articleId);
  const article = slug === undefined ? undefined : state.bySlug.get(slug);
  return article && !article.retracted ? article : undefined;
}

function revise(state: ArticlesState, event: EventEnvelope): void {
  const { articleId, editorId, ...fields } = ArticleRevised.parse(event.data);
  const article = live(state, articleId);
  if (!article) return;
  article.revisions.push({
    n: article.revisions.length + 1,
    time: event.time,
    editorId,
    ...fields,
  });
  state.version += 1;
}

function retract(state: ArticlesState, event: EventEnvelope): void {
  const data = ArticleRetracted.parse(event.data);
  const article = live(state, data.articleId);
  if (!article) return;
  article.retracted = { time: event.time, reason: data.reason, editorId: data.editorId };
  state.version += 1;
}

/**
 * Fold step for `articles`. State is updated in place: copying every article
 * per event would not scale to a real archive. Events about unknown or
 * retracted articles change nothing, the same way on every replica.
 */
export function applyArticleEvent(state: ArticlesState, event: EventEnvelope): ArticlesState {
  if (event.type === 'article.published') publish(state, event);
  else if (event.type === 'article.revised') revise(state, event);
  else if (event.type === 'article.retracted') retract(state, event);
  return state;
}
