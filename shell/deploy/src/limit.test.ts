import { expect, it } from 'vitest';
import { createLimit } from './limit.js';

it('runs at most `concurrency` works at once, starting the others in the order given', async () => {
  const limit = createLimit(2);
  let running = 0;
  let most = 0;
  const started: number[] = [];
  const work = (id: number) =>
    limit(async () => {
      started.push(id);
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve));
      running -= 1;
      if (id === 1) throw new Error('one fails');
      return id;
    });
  const results = await Promise.allSettled([1, 2, 3, 4, 5].map(work));
  expect(most).toBe(2);
  expect(started).toEqual([1, 2, 3, 4, 5]);
  expect(results.map((r) => r.status)).toEqual([
    'rejected',
    'fulfilled',
    'fulfilled',
    'fulfilled',
    'fulfilled',
  ]);
});
