import { z } from 'zod';

const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by dashes');
const Username = z.string().regex(/^[a-z0-9_.-]{3,40}$/);
const IsoTime = z.iso.datetime();
const Tag = z.string().regex(/^[a-z][a-z-]{1,39}$/, 'a lower-case word, dashes allowed');

export const SectionInfo = z.strictObject({
  slug: z.string().regex(/^[a-z][a-z-]{1,29}$/),
  label: z.string().min(1).max(40),
});

export const Writer = z.strictObject({
  username: Username,
  displayName: z.string().min(1).max(80),
  role: z.enum(['reader', 'editor']),
  beat: z.string().min(1).max(80),
});

const Summary = z
  .string()
  .min(20)
  .max(240)
  .regex(/[.!?]$/, 'one sentence ending in . ! or ?');

function countWords(markdown: string): number {
  return markdown.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

export const Body = z
  .string()
  .refine((body) => countWords(body) >= 120 && countWords(body) <= 300, {
    message: 'the body must have 120-300 words',
  });

/** The front matter of one article file, after splitting `tags` on commas. */
export const ArticleFile = z.strictObject({
  slug: Slug,
  section: z.string(),
  title: z.string().min(10).max(120),
  summary: Summary,
  author: Username,
  date: IsoTime,
  tags: z.array(Tag).min(2).max(5),
  body: Body,
});

/** One correction or update: what changes, by whom and when; the rest stays as it was. */
export const RevisionFile = z
  .strictObject({
    article: Slug,
    date: IsoTime,
    editor: Username,
    reason: z.string().min(5).max(200),
    title: z.string().min(10).max(120).optional(),
    summary: Summary.optional(),
    tags: z.array(Tag).min(2).max(5).optional(),
    replace: z
      .array(z.strictObject({ find: z.string().min(1), with: z.string() }))
      .min(1)
      .optional(),
  })
  .refine((r) => r.title || r.summary || r.tags || r.replace, {
    message: 'a revision must change the title, summary, tags or body',
  });

export type SectionInfo = z.infer<typeof SectionInfo>;
export type Writer = z.infer<typeof Writer>;
export type ArticleFile = z.infer<typeof ArticleFile>;
export type RevisionFile = z.infer<typeof RevisionFile>;
export { countWords };
