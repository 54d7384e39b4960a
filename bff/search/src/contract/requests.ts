import { z } from 'zod';
import { MAX_PAGE, MAX_PAGE_SIZE, MAX_QUERY_LENGTH, MAX_SUGGESTIONS } from './common.js';

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

/** GET /api/search/suggest?q=&limit= */
export const suggestQuerySchema = z.strictObject({
  q: queryText(100),
  limit: z.coerce.number().int().min(1).max(MAX_SUGGESTIONS).default(6),
});
export type SuggestQuery = z.input<typeof suggestQuerySchema>;
export type ParsedSuggestQuery = z.output<typeof suggestQuerySchema>;
