import { describe, expect, it } from 'vitest';
import { openApiStructureProblems } from '@tessera/kit/testing';
import { loginOpenApi } from './openapi.js';

describe('the login OpenAPI document', () => {
  it('is a well-formed OpenAPI 3 document', () => {
    expect(openApiStructureProblems(loginOpenApi)).toEqual([]);
  });
});
