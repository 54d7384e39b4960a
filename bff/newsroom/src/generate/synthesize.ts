import type { Random } from './random.js';
import * as W from './words.js';

export interface SyntheticArticle {
  slug: string;
  section: string;
  title: string;
  summary: string;
  body: string;
  tags: string[];
  author: string;
}

export interface SynthesizeContext {
  random: Random;
  sections: readonly string[];
  tags: readonly string[];
  authors: readonly string[];
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function sentence(r: Random): string {
  const pattern = r.int(0, 4);
  if (pattern === 0) {
    return `Work on the ${r.pick(W.ADJECTIVES)} ${r.pick(W.THINGS)} in ${r.pick(W.PLACES)} could be finished ${r.pick(W.WHEN)}, according to ${r.pick(W.ACTORS)}.`;
  }
  if (pattern === 1) return `${capitalize(r.pick(W.PEOPLE))} ${r.pick(W.REACTIONS)}.`;
  if (pattern === 2) {
    return `About ${r.pick(W.NUMBERS)} ${r.pick(W.UNITS)} near ${r.pick(W.PLACES)} would be affected, according to ${r.pick(W.ACTORS)}.`;
  }
  if (pattern === 3) {
    return `${capitalize(r.pick(W.ACTORS))} last discussed the ${r.pick(W.THINGS)} at ${r.pick(W.PLACES)} ${r.pick(W.PAST)}.`;
  }
  return `Not everyone agrees: ${r.pick(W.PEOPLE)} ${r.pick(W.REACTIONS)}, while ${r.pick(W.ACTORS)} stayed silent.`;
}

function paragraph(r: Random): string {
  return Array.from({ length: r.int(2, 4) }, () => sentence(r)).join(' ');
}

function body(r: Random): string {
  const parts = Array.from({ length: r.int(4, 6) }, () => paragraph(r));
  if (r.next() < 0.5) parts.splice(2, 0, `## ${r.pick(W.SUBHEADINGS)}`);
  if (r.next() < 0.3) parts.push(`> "${r.pick(W.QUOTES)}," one reader wrote.`);
  return parts.join('\n\n');
}

/** One deterministic synthetic story; `suffix` makes its slug unique (e.g. `s1-42`). */
export function synthesize(context: SynthesizeContext, suffix: string): SyntheticArticle {
  const r = context.random;
  const place = r.pick(W.PLACES);
  const thing = r.pick(W.THINGS);
  const title = `${r.pick(W.HEADLINE_SUBJECTS)} ${r.pick(W.HEADLINE_VERBS)} ${r.pick(W.ADJECTIVES)} ${thing} in ${place.replace(/^the /, '')}`;
  return {
    slug: `${slugify(title).slice(0, 80).replace(/-+$/, '')}-${suffix}`,
    section: r.pick(context.sections),
    title,
    summary: `${capitalize(r.pick(W.ACTORS))} and ${r.pick(W.PEOPLE)} disagree about the ${thing} planned for ${place}.`,
    body: body(r),
    tags: r.sample(context.tags, r.int(2, 4)),
    author: r.pick(context.authors),
  };
}
