import { describe, expect, it } from 'vitest';
import { articleId, publishedEventId, revisedEventId, stableId } from './ids.js';

describe('stableId', () => {
  it('gives the same UUID v5-shaped id for the same name, every time', () => {
    const id = stableId('article:lantern-line');
    expect(id).toBe(stableId('article:lantern-line'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('gives different ids to different names and to different revisions', () => {
    expect(articleId('a')).not.toBe(articleId('b'));
    expect(publishedEventId('a')).not.toBe(articleId('a'));
    expect(revisedEventId('a', 1)).not.toBe(revisedEventId('a', 2));
  });
});
