// zod/mini: mfe-search parses every answer with these in the browser, where classic zod would
// cost ~20 KB per page; the server only documents them.
import * as z from 'zod/mini';

/** Every error answer (`application/problem+json`): one shape for every BFF, the kit's. */
export { problemSchema, type FieldError, type ProblemDocument } from '@tessera/kit/contract';

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

export const facetCountSchema = z.object({ value: z.string(), count: z.int() });
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
  total: z.int(),
  page: z.int(),
  pageSize: z.int(),
  pages: z.int(),
  /** Time spent answering, in milliseconds. */
  took: z.number(),
  /** True when the answer came from the cache (the index has not changed since). */
  cached: z.boolean(),
  hits: z.array(searchHitSchema),
  facets: facetsSchema,
});
export type SearchResponse = z.infer<typeof searchResponseSchema>;

export const suggestResponseSchema = z.object({
  query: z.string(),
  took: z.number(),
  cached: z.boolean(),
  /** Whole search phrases, best first; send one as `q` to /api/search. */
  suggestions: z.array(z.object({ text: z.string(), score: z.number() })),
});
export type SuggestResponse = z.infer<typeof suggestResponseSchema>;
