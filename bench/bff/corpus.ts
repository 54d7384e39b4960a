import { ADJECTIVES, LINKS, OBJECTS, PLACES, SECTIONS, SUBJECTS, TAGS, VERBS } from './words.js';

const VOCABULARY = [
  ...SUBJECTS,
  ...OBJECTS,
  ...ADJECTIVES,
  ...TAGS,
  ...PLACES.map((p) => p.toLowerCase()),
];

export interface SyntheticArticle {
  articleId: string;
  slug: string;
  section: string;
  title: string;
  summary: string;
  body: string;
  tags: string[];
  authorId: string;
}

type Random = () => number;

/** mulberry32: a tiny seeded generator, so every run indexes the same corpus. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Squaring the draw favours early words, a rough stand-in for real word frequencies. */
function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * random() * list.length)]!;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sentence(random: Random): string {
  const place = pick(random, PLACES);
  const parts = [
    `the ${pick(random, ADJECTIVES)} ${pick(random, OBJECTS)} in ${place}`,
    `was ${pick(random, VERBS)} by ${pick(random, SUBJECTS)}`,
    `${pick(random, LINKS)} a ${pick(random, ADJECTIVES)} ${pick(random, OBJECTS)}`,
  ];
  if (random() < 0.4) parts.push(`worth ${Math.floor(random() * 900) + 10} million`);
  return `${capitalise(parts.join(' '))}.`;
}

function paragraph(random: Random, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random)).join(' ');
}

function title(random: Random): string {
  const subject = pick(random, SUBJECTS);
  const words = [pick(random, PLACES), subject, pick(random, VERBS), pick(random, ADJECTIVES)];
  return `${words.join(' ')} ${pick(random, OBJECTS)}`;
}

function tags(random: Random): string[] {
  const count = 1 + Math.floor(random() * 4);
  return [...new Set(Array.from({ length: count }, () => pick(random, TAGS)))];
}

/** The n-th article of the corpus seeded by `seed`: about 180 words of Markdown body. */
export function syntheticArticle(n: number, random: Random): SyntheticArticle {
  const heading = capitalise(`${pick(random, ADJECTIVES)} ${pick(random, OBJECTS)}`);
  const body = [
    paragraph(random, 3),
    `## ${heading}`,
    paragraph(random, 4),
    `> ${sentence(random)}`,
    paragraph(random, 3),
  ].join('\n\n');
  return {
    articleId: `a-${n}`,
    slug: `article-${n}`,
    section: pick(random, SECTIONS),
    title: capitalise(title(random)),
    summary: paragraph(random, 2),
    body,
    tags: tags(random),
    authorId: `author-${n % 97}`,
  };
}

/** Search terms a reader might type: words, two-word phrases, prefixes and typos. */
export function syntheticQueries(count: number, random: Random): string[] {
  const vocabulary = VOCABULARY;
  return Array.from({ length: count }, (_, i) => {
    const word = pick(random, vocabulary);
    switch (i % 4) {
      case 0:
        return word;
      case 1:
        return `${word} ${pick(random, vocabulary)}`;
      case 2:
        return word.slice(0, Math.max(3, word.length - 3));
      default: {
        const at = 1 + Math.floor(random() * (word.length - 2));
        return word.slice(0, at) + word.slice(at + 1);
      }
    }
  });
}

/**
 * The query string of a search a server has most likely not answered yet:
 * two words, a section filter and a page, drawn from far more combinations
 * than a run sends (the long tail of real traffic, which no cache holds).
 */
export function unseenSearch(random: Random): string {
  const q = `${pick(random, VOCABULARY)} ${VOCABULARY[Math.floor(random() * VOCABULARY.length)]!}`;
  const section = SECTIONS[Math.floor(random() * SECTIONS.length)]!;
  const page = 1 + Math.floor(random() * 5);
  return `q=${encodeURIComponent(q)}&section=${section}&page=${page}`;
}
