import { describe, expect, it } from 'vitest';
import { freeSlug, slugify } from './slug.js';

describe('slugify', () => {
  it('turns a headline into lower-case words joined by dashes, accents folded', () => {
    expect(slugify('Café Owners Protest: “Rents Too High!”')).toBe(
      'cafe-owners-protest-rents-too-high',
    );
    expect(slugify('  2026 -- the year in review ')).toBe('2026-the-year-in-review');
  });

  it('cuts long headlines at a word boundary, leaving room for a suffix', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(76);
    expect(slug.endsWith('word')).toBe(true);
    expect(slugify('a'.repeat(200))).toBe('a'.repeat(76));
  });

  it('falls back to "article" when nothing Latin is left', () => {
    expect(slugify('日本語の見出し')).toBe('article');
    expect(slugify('!!!')).toBe('article');
  });
});

describe('freeSlug', () => {
  it('numbers a taken slug from 2 and keeps it within 80 characters', () => {
    const taken = new Set(['story', 'story-2']);
    expect(freeSlug('story', (s) => taken.has(s))).toBe('story-3');
    expect(freeSlug('fresh', (s) => taken.has(s))).toBe('fresh');
    const long = 'x'.repeat(80);
    expect(freeSlug(long, (s) => s === long)).toBe(`${'x'.repeat(78)}-2`);
  });
});
