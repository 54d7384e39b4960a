/**
 * The HTTP contract of the search BFF (`/api/search`). mfe-search imports
 * these schemas for its types and to parse responses; this file imports zod
 * only, so it is safe in a browser bundle.
 *
 * Highlights are pre-split segments, never HTML: render each segment as text
 * and wrap the ones with `match: true` in <mark>.
 * Errors are `application/problem+json`: { type, title, status, detail, code,
 * instance, traceId, errors? }; bad query parameters are 400 `KIT_001`.
 */
import { z } from 'zod';

export const SEARCH_API_BASE = '/api/search';

export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE = 500;
export const MAX_PAGE_SIZE = 50;
export const MAX_SUGGESTIONS = 10;

/** A section name as the articles stream spells it (`/section/<name>`). */
export const sectionSchema = z
  .string()
  .regex(/^[a-z][a-z-]{1,29}$/, 'a lower-case word, dashes allowed');
export const tagSchema = z.string().trim().min(1).max(40);

const queryText = (max: number) => z.string().trim().min(1, 'type at least one character').max(max);

/** GET /api/search?q=&section=&tag=&page=&pageSize= (unknown parameters are refused). */
export const searchQuerySchema = z.strictObject({
  q: queryText(MAX_QUERY_LENGTH),
  section: sectionSchema.optional(),
  tag: tagSchema.optional(),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(10),
});
export type SearchQuery = z.input<typeof searchQuerySchema>;
export type ParsedSearchQuery = z.output<typeof searchQuerySchema>;

/** A run of text; `match` marks a run that matched a query term. */
export const segmentSchema = z.object({ text: z.string(), match: z.boolean() });
export type Segment = z.infer<typeof segmentSchema>;

export const searchHitSchema = z.object({
  articleId: z.string(),
  slug: z.string(),
  section: z.string(),
  tags: z.array(z.string()),
  score: z.number(),
  /** The whole headline, split into matched and unmatched runs. */
  title: z.array(segmentSchema),
  /** A short passage of the summary or body around the first match. */
  snippet: z.array(segmentSchema),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const facetCountSchema = z.object({ value: z.string(), count: z.number().int() });
export type FacetCount = z.infer<typeof facetCountSchema>;

/**
 * Counts over the whole result set, not just the page. Each facet ignores its
 * own filter (so the other sections stay visible after picking one) but
 * honours the other facet's.
 */
export const facetsSchema = z.object({
  section: z.array(facetCountSchema),
  tag: z.array(facetCountSchema),
});

export const searchResponseSchema = z.object({
  query: z.string(),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  pages: z.number().int(),
  /** Time spent answering, in milliseconds. */
  took: z.number(),
  /** True when the answer came from the cache (the index has not changed since). */
  cached: z.boolean(),
  hits: z.array(searchHitSchema),
  facets: facetsSchema,
});
export type SearchResponse = z.infer<typeof searchResponseSchema>;

/** GET /api/search/suggest?q=&limit= */
export const suggestQuerySchema = z.strictObject({
  q: queryText(100),
  limit: z.coerce.number().int().min(1).max(MAX_SUGGESTIONS).default(6),
});
export type SuggestQuery = z.input<typeof suggestQuerySchema>;
export type ParsedSuggestQuery = z.output<typeof suggestQuerySchema>;

export const suggestResponseSchema = z.object({
  query: z.string(),
  took: z.number(),
  cached: z.boolean(),
  /** Whole search phrases, best first; send one as `q` to /api/search. */
  suggestions: z.array(z.object({ text: z.string(), score: z.number() })),
});
export type SuggestResponse = z.infer<typeof suggestResponseSchema>;
