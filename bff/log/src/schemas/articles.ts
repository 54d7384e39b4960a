import { z } from 'zod';
import type { EventDefinition } from './catalog.js';
import { Id, Section, Slug } from './common.js';

const ArticlePublishedV1 = z.object({
  articleId: Id,
  title: z.string().min(1).max(200),
  body: z.string().max(100_000),
  authorId: Id,
});

export const ArticlePublished = z.object({
  articleId: Id,
  slug: Slug,
  section: Section,
  title: z.string().min(1).max(200),
  summary: z.string().max(500),
  body: z.string().max(100_000),
  authorId: Id,
  tags: z.array(z.string().min(1).max(40)).max(20),
});

export const ArticleRevised = z.object({
  articleId: Id,
  section: Section,
  title: z.string().min(1).max(200),
  summary: z.string().max(500),
  body: z.string().max(100_000),
  tags: z.array(z.string().min(1).max(40)).max(20),
  editorId: Id,
});

export const ArticleRetracted = z.object({
  articleId: Id,
  reason: z.string().min(1).max(500),
  editorId: Id,
});

export type ArticlePublished = z.infer<typeof ArticlePublished>;
export type ArticleRevised = z.infer<typeof ArticleRevised>;
export type ArticleRetracted = z.infer<typeof ArticleRetracted>;

function slugify(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'article';
}

/** v1 had no slug, section, summary or tags: derive them so old events still fold into today's state. */
function upcastPublishedV1(data: unknown): z.input<typeof ArticlePublished> {
  const v1 = data as z.infer<typeof ArticlePublishedV1>;
  const summary = v1.body.slice(0, 200);
  return { ...v1, slug: slugify(v1.title), section: 'news', summary, tags: [] };
}

export const articleEvents: EventDefinition[] = [
  {
    type: 'article.published',
    versions: [ArticlePublishedV1, ArticlePublished],
    upcasters: [upcastPublishedV1],
  },
  { type: 'article.revised', versions: [ArticleRevised] },
  { type: 'article.retracted', versions: [ArticleRetracted] },
];
