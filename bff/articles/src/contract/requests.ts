import { z } from 'zod';
import { LIMITS, SECTION_PATTERN, SLUG_PATTERN } from './common.js';

export const sectionSchema = z
  .string()
  .regex(SECTION_PATTERN, 'a lower-case word of 2 to 30 letters, dashes allowed');
export const slugSchema = z
  .string()
  .max(LIMITS.slug)
  .regex(SLUG_PATTERN, 'lower-case letters and digits joined by single dashes');
export const tagSchema = z
  .string()
  .max(LIMITS.tag)
  .regex(SLUG_PATTERN, 'lower-case letters and digits joined by single dashes');

const title = z.string().trim().min(1).max(LIMITS.title);
const summary = z.string().trim().max(LIMITS.summary);
const body = z.string().min(1).max(LIMITS.body);
const tags = z
  .array(tagSchema)
  .max(LIMITS.tags)
  .refine((list) => new Set(list).size === list.length, 'each tag only once');

/** POST /api/articles. Without `slug`, one is derived from the title. */
export const publishRequestSchema = z.strictObject({
  title,
  section: sectionSchema,
  body,
  summary: summary.default(''),
  tags: tags.default([]),
  slug: slugSchema.optional(),
});
export type PublishRequest = z.input<typeof publishRequestSchema>;

/**
 * `baseRevision`, when sent, is the revision the editor started from: if the
 * article has moved on since, the change is refused with 409 instead of
 * silently overwriting someone else's.
 */
const baseRevision = z.number().int().min(1).max(1_000_000).optional();

/** PUT /api/articles/by-slug/:slug replaces every editable field. */
export const replaceRequestSchema = z.strictObject({
  title,
  section: sectionSchema,
  body,
  summary: summary.default(''),
  tags: tags.default([]),
  baseRevision,
});
export type ReplaceRequest = z.input<typeof replaceRequestSchema>;

/** PATCH /api/articles/by-slug/:slug changes the fields it names. */
export const patchRequestSchema = z
  .strictObject({
    title: title.optional(),
    section: sectionSchema.optional(),
    body: body.optional(),
    summary: summary.optional(),
    tags: tags.optional(),
    baseRevision,
  })
  .refine(
    (patch) => Object.keys(patch).some((key) => key !== 'baseRevision'),
    'name at least one field to change',
  );
export type PatchRequest = z.input<typeof patchRequestSchema>;

/** POST /api/articles/by-slug/:slug/retraction */
export const retractRequestSchema = z.strictObject({
  reason: z.string().trim().min(1).max(LIMITS.reason),
});
export type RetractRequest = z.input<typeof retractRequestSchema>;

// Query values arrive as strings; only plain decimal integers are accepted.
function positiveInt(max: number, fallback: number) {
  return z
    .string()
    .regex(/^\d{1,6}$/, 'a whole number')
    .transform(Number)
    .pipe(z.number().int().min(1).max(max))
    .default(fallback);
}

/** GET /api/articles/front: sections are paged, each with its latest `perSection` articles. */
export const frontPageQuerySchema = z.object({
  page: positiveInt(LIMITS.page, 1),
  pageSize: positiveInt(20, 6),
  perSection: positiveInt(20, 4),
});
export type FrontPageQuery = z.input<typeof frontPageQuerySchema>;

/** GET /api/articles/sections/:section */
export const sectionPageQuerySchema = z.object({
  page: positiveInt(LIMITS.page, 1),
  pageSize: positiveInt(LIMITS.pageSize, 20),
});
export type SectionPageQuery = z.input<typeof sectionPageQuerySchema>;

export const slugParamsSchema = z.object({ slug: slugSchema });
export const sectionParamsSchema = z.object({ section: sectionSchema });
export const revisionParamsSchema = z.object({
  slug: slugSchema,
  n: z
    .string()
    .regex(/^\d{1,6}$/, 'a whole number')
    .transform(Number)
    .pipe(z.number().int().min(1)),
});
