import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LogErrorCode } from '../errors.js';
import { createCatalog } from './catalog.js';
import { standardCatalog } from './index.js';

describe('the schema catalog', () => {
  it('lists every shared event type at its latest version', () => {
    const catalog = standardCatalog();
    expect(catalog.types()).toEqual(
      expect.arrayContaining([
        'article.published',
        'user.registered',
        'deploy.canary-aborted',
        'event.dead-lettered',
      ]),
    );
    expect(catalog.latest('article.published')).toBe(2);
  });

  it('upcasts through every version in order', () => {
    const catalog = createCatalog([
      {
        type: 'thing.happened',
        versions: [
          z.object({ a: z.number() }),
          z.object({ a: z.number(), b: z.number() }),
          z.object({ c: z.number() }),
        ],
        upcasters: [
          (d) => ({ ...(d as object), b: 2 }),
          (d) => ({ c: (d as { a: number; b: number }).a + (d as { b: number }).b }),
        ],
      },
    ]);
    expect(catalog.upgrade('thing.happened', 1, { a: 1 })).toEqual({ version: 3, data: { c: 3 } });
  });

  it('can be extended with a service private event type', () => {
    const catalog = standardCatalog().extend([
      { type: 'credential.set', versions: [z.object({ userId: z.string() })] },
    ]);
    expect(catalog.validate('credential.set', 1, { userId: 'u' })).toEqual({ userId: 'u' });
  });

  it('refuses malformed definitions with a typed error', () => {
    expect(() => createCatalog([{ type: 'NoDot', versions: [z.object({})] }])).toThrow(
      expect.objectContaining({ code: LogErrorCode.BadArgument }),
    );
    expect(() => createCatalog([{ type: 'a.b', versions: [z.object({}), z.object({})] }])).toThrow(
      expect.objectContaining({ code: LogErrorCode.BadArgument }),
    );
  });
});
