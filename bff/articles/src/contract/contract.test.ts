import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ArticlePublished, ArticleRetracted, ArticleRevised } from '@tessera/log/schemas';
import { describe, expect, it } from 'vitest';
import { publishRequestSchema, replaceRequestSchema, retractRequestSchema } from './index.js';

const here = fileURLToPath(new URL('.', import.meta.url));

describe('the contract module', () => {
  const importsOf = (file: string) =>
    [...readFileSync(`${here}${file}`, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]!);

  const outside = (file: string) => importsOf(file).filter((s) => !s.startsWith('./'));

  it("imports nothing but zod, the kit's browser-safe contract and itself", () => {
    const sources = readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const specifiers = sources.flatMap(outside);
    expect(specifiers.length).toBeGreaterThan(0);
    const allowed = /^(zod|zod\/mini|@tessera\/kit\/contract)$/;
    expect(specifiers.filter((s) => !allowed.test(s))).toEqual([]);
  });

  it('builds what the browser parses with zod/mini, so pages do not carry classic zod', () => {
    expect(outside('common.ts')).toEqual(['@tessera/kit/contract']);
    expect(outside('responses.ts')).toEqual(['zod/mini', '@tessera/kit/contract']);
  });

  it('accepts nothing the log would refuse: the limits match the event schemas', () => {
    const fields = {
      title: 't'.repeat(200),
      section: 'a'.repeat(30),
      body: 'b'.repeat(100_000),
      summary: 's'.repeat(500),
      tags: Array.from({ length: 20 }, (_, i) => `${'g'.repeat(37)}-${String(i).padStart(2, '0')}`),
    };
    const published = publishRequestSchema.parse({ ...fields, slug: 'a-b' });
    expect(() =>
      ArticlePublished.parse({ ...published, articleId: 'a', authorId: 'u' }),
    ).not.toThrow();
    const { baseRevision: _base, ...revised } = replaceRequestSchema.parse(fields);
    expect(() => ArticleRevised.parse({ ...revised, articleId: 'a', editorId: 'u' })).not.toThrow();
    const retract = retractRequestSchema.parse({ reason: 'r'.repeat(500) });
    expect(() =>
      ArticleRetracted.parse({ ...retract, articleId: 'a', editorId: 'u' }),
    ).not.toThrow();
  });
});
