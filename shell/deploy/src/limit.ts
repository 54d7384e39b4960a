/** Runs at most `concurrency` of the works given to it at once, the rest in the order given. */
export type Limit = <T>(work: () => Promise<T>) => Promise<T>;

export function createLimit(concurrency: number): Limit {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (work) => {
    // A finished work hands its slot to the next waiting one, so `active` never overshoots.
    if (active < concurrency) active += 1;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active -= 1;
    }
  };
}
