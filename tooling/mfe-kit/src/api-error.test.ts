import { describe, expect, it } from 'vitest';
import { ApiError, problemOf } from './api-error.js';

const answer = (body: string, status: number, type: string, statusText = '') =>
  new Response(body, { status, statusText, headers: { 'content-type': type } });

describe('problemOf', () => {
  it('takes the problem document of a JSON error answer', async () => {
    const problem = { title: 'Conflict', status: 409, code: 'SLUG_TAKEN', detail: 'Pick another.' };
    const response = answer(JSON.stringify(problem), 409, 'application/problem+json');
    expect(await problemOf(response)).toEqual(problem);
  });

  it('falls back to the status line for a body that is not JSON', async () => {
    const response = answer('<h1>Bad gateway</h1>', 502, 'text/html', 'Bad Gateway');
    expect(await problemOf(response)).toEqual({ title: 'Bad Gateway', status: 502 });
  });

  it('keeps the status line when a JSON body cannot be parsed', async () => {
    const response = answer('{"title":', 500, 'application/json');
    expect(await problemOf(response)).toEqual({ title: 'Request failed', status: 500 });
  });
});

describe('ApiError', () => {
  it('reads as its detail, or its title without one', () => {
    expect(new ApiError({ title: 'Gone', status: 410, detail: 'Retracted.' }).message).toBe(
      'Retracted.',
    );
    expect(new ApiError({ title: 'Gone', status: 410 }).message).toBe('Gone');
  });

  it('is unavailable when the service did not answer as itself', () => {
    expect(new ApiError({ title: 'Service unavailable', status: 0 }).unavailable).toBe(true);
    expect(new ApiError({ title: 'Bad Gateway', status: 502 }).unavailable).toBe(true);
    expect(new ApiError({ title: 'Not found', status: 404 }).unavailable).toBe(false);
  });
});
