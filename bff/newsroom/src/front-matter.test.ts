import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from './front-matter.js';

describe('parseFrontMatter', () => {
  it('splits key: value fields from the Markdown body', () => {
    const doc = parseFrontMatter('---\ntitle: A: B\ntags: x, y\n---\n\nHello *world*.\n', 'a.md');
    expect(doc.fields).toEqual({ title: 'A: B', tags: 'x, y' });
    expect(doc.body).toBe('Hello *world*.');
  });

  it('rejects a file without an opening fence', () => {
    expect(() => parseFrontMatter('title: x\n', 'a.md')).toThrow(/must start with a "---"/);
  });

  it('rejects a front matter that is never closed', () => {
    expect(() => parseFrontMatter('---\ntitle: x\n', 'a.md')).toThrow(/no closing "---"/);
  });

  it('names the line of a malformed or repeated field', () => {
    expect(() => parseFrontMatter('---\njust words\n---\n', 'a.md')).toThrow(/a\.md:2/);
    expect(() => parseFrontMatter('---\na: 1\na: 2\n---\n', 'a.md')).toThrow(/"a" appears twice/);
  });
});
