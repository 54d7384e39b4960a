import { describe, expect, it } from 'vitest';
import { createAnswerCache } from './cache.js';

describe('the answer cache', () => {
  it('computes once per key and version', () => {
    const cache = createAnswerCache<number>(10);
    let calls = 0;
    const compute = () => ++calls;
    expect(cache.get('a', 1, compute)).toEqual({ value: 1, hit: false });
    expect(cache.get('a', 1, compute)).toEqual({ value: 1, hit: true });
    expect(cache.get('a', 2, compute)).toEqual({ value: 2, hit: false });
  });

  it('forgets the least recently used key when full', () => {
    const cache = createAnswerCache<string>(2);
    cache.get('a', 1, () => 'a');
    cache.get('b', 1, () => 'b');
    cache.get('a', 1, () => 'a');
    cache.get('c', 1, () => 'c');
    expect(cache.get('a', 1, () => 'a2').hit).toBe(true);
    expect(cache.get('b', 1, () => 'b2')).toEqual({ value: 'b2', hit: false });
    expect(cache.size).toBe(2);
  });

  it('keeps nothing when its size is zero', () => {
    const cache = createAnswerCache<string>(0);
    cache.get('a', 1, () => 'a');
    expect(cache.get('a', 1, () => 'again')).toEqual({ value: 'again', hit: false });
  });
});
