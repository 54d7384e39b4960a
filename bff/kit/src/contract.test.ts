import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemSchema } from './contract.js';
import { KitErrors, ServiceError } from './errors.js';
import { toProblem } from './problem.js';

const context = { instance: '/things', traceId: '0af7651916cd43dd8448eb211c80319c' };

describe('the browser-safe contract module', () => {
  const importsOf = (file: string) =>
    [...readFileSync(new URL(file, import.meta.url), 'utf8').matchAll(/from '([^']+)'/g)].map(
      (m) => m[1],
    );

  it('imports zod/mini only, so the MFEs can bundle the contracts that re-export it', () => {
    expect(importsOf('./contract.ts')).toEqual(['zod/mini', './csrf-header.js']);
    expect(importsOf('./csrf-header.ts')).toEqual([]);
  });

  it('describes every field of the problem documents the kit sends', () => {
    const error = new ServiceError(KitErrors.validation, 'Fix the fields.', {
      errors: [{ path: 'body.email', message: 'Invalid email', code: 'invalid_format' }],
    });
    const sent = toProblem(error, context);
    expect(problemSchema.parse(sent)).toEqual(sent);
    expect(Object.keys(sent).sort()).toEqual(Object.keys(problemSchema.shape).sort());
  });

  it('refuses an error body that did not come from a Tessera service', () => {
    const proxyError = { type: 'about:blank', title: 'Bad Gateway', status: 502 };
    expect(problemSchema.safeParse(proxyError).success).toBe(false);
  });
});
