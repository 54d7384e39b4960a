import { describe, expect, it } from 'vitest';
import { grown } from './grown.js';

describe('grown', () => {
  it('copies the entries into a longer zero-filled array of the same kind', () => {
    const ints = grown(Int32Array.of(-7, 3), 4);
    expect(ints).toBeInstanceOf(Int32Array);
    expect([...ints]).toEqual([-7, 3, 0, 0]);
    const bytes = grown(Uint8Array.of(2), 3);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes]).toEqual([2, 0, 0]);
  });
});
