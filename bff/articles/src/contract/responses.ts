// zod/mini: these schemas run in the browser too (mfe-articles parses every answer with them),
// where classic zod would cost ~20 KB per page; the server only documents them.
import * as z from 'zod/mini';

/** Every error answer (`application/problem+json`): one shape for every BFF, the kit's. */
export { problemSchema, type FieldError, type ProblemDocument } from '@tessera/kit/contract';

/** A byline or editor; `displayName` is null while the user is unknown to this BFF. */
export const personSchema = z.object({ id: z.string(), displayName: z.nullable(z.string()) });
export type Person = z.infer<typeof personSchema>;

/** What lists show: no body. */
export const articleSummarySchema = z.object({
  slug: z.string(),
  section: z.string(),
  title: z.string(),
  summary: z.string(),
  tags: z.array(z.string()),
  author: personSchema,
  publishedAt: z.string(),
  updatedAt: z.string(),
  revision: z.int(),
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const articleSchema = z.extend(articleSummarySchema, { body: z.string() });
export type Article = z.infer<typeof articleSchema>;

export const revisionEntrySchema = z.object({
  n: z.int(),
  time: z.string(),
  editor: personSchema,
  title: z.string(),
});
export type RevisionEntry = z.infer<typeof revisionEntrySchema>;

/** GET /api/articles/by-slug/:slug, and the answer to every write that leaves it live. */
export const articleResponseSchema = z.object({
  article: articleSchema,
  revisions: z.array(revisionEntrySchema),
});
export type ArticleResponse = z.infer<typeof articleResponseSchema>;

/** GET /api/articles/by-slug/:slug/revisions/:n: the article as it read at revision n. */
export const revisionResponseSchema = z.object({
  slug: z.string(),
  n: z.int(),
  latest: z.int(),
  time: z.string(),
  editor: personSchema,
  section: z.string(),
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  tags: z.array(z.string()),
});
export type RevisionResponse = z.infer<typeof revisionResponseSchema>;

export const pageInfoSchema = z.object({
  page: z.int(),
  pageSize: z.int(),
  total: z.int(),
  totalPages: z.int(),
});
export type PageInfo = z.infer<typeof pageInfoSchema>;

export const sectionGroupSchema = z.object({
  section: z.string(),
  count: z.int(),
  articles: z.array(articleSummarySchema),
});

/** GET /api/articles/front. `lead` is the newest article; it is not repeated in its section. */
export const frontPageSchema = z.object({
  lead: z.nullable(articleSummarySchema),
  sections: z.array(sectionGroupSchema),
  paging: pageInfoSchema,
});
export type FrontPage = z.infer<typeof frontPageSchema>;

/** GET /api/articles/sections: sections with live articles, newest activity first. */
export const sectionListSchema = z.object({
  sections: z.array(z.object({ section: z.string(), count: z.int(), latestAt: z.string() })),
});
export type SectionList = z.infer<typeof sectionListSchema>;

/** GET /api/articles/sections/:section, newest first. */
export const sectionPageSchema = z.object({
  section: z.string(),
  articles: z.array(articleSummarySchema),
  paging: pageInfoSchema,
});
export type SectionPage = z.infer<typeof sectionPageSchema>;

/** POST .../retraction answers with what was retracted; the article then answers 410. */
export const retractResponseSchema = z.object({
  slug: z.string(),
  retractedAt: z.string(),
  reason: z.string(),
});
export type RetractResponse = z.infer<typeof retractResponseSchema>;

/**
 * The `data` of each message on GET /api/articles/events. The SSE `event`
 * field is the kind (`published`, `revised`, `retracted`); `id` is `offset`,
 * so a reconnecting EventSource resumes after the last one it saw.
 */
export const changeSchema = z.object({
  kind: z.enum(['published', 'revised', 'retracted']),
  slug: z.string(),
  title: z.string(),
  section: z.string(),
  offset: z.int(),
  time: z.string(),
});
export type Change = z.infer<typeof changeSchema>;
