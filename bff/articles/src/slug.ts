import { LIMITS } from './contract/index.js';

/**
 * A URL slug from a headline: accents folded ("Café" → "cafe"), anything
 * else that is not a letter or digit becomes a dash, cut at a word boundary.
 */
export function slugify(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > LIMITS.slug - 4) break;
    slug = next;
  }
  // A headline of one overlong word, or of no Latin letters at all.
  if (!slug)
    slug = words
      .join('-')
      .slice(0, LIMITS.slug - 4)
      .replace(/-+$/, '');
  return slug || 'article';
}

/** The first of `base`, `base-2`, `base-3`, ... that `taken` says is free. */
export function freeSlug(base: string, taken: (slug: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = base.slice(0, LIMITS.slug - suffix.length).replace(/-+$/, '') + suffix;
    if (!taken(candidate)) return candidate;
  }
}
