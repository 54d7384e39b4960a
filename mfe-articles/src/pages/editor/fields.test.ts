import { describe, expect, it } from 'vitest';
import { ApiError } from '@tessera/mfe-kit';
import { complaintsOf, requestOf, FIX_FIELDS } from './fields';

const problem = (fields: Partial<ApiError['problem']>) =>
  new ApiError({ title: 'Bad request', status: 400, ...fields });

describe('the editor form', () => {
  it('sends tags written with commas as a list, and the section trimmed', () => {
    expect(
      requestOf({ title: 'T', summary: '', body: 'B', section: ' city ', tags: 'harbour, , fog ' }),
    ).toEqual({ title: 'T', summary: '', body: 'B', section: 'city', tags: ['harbour', 'fog'] });
  });

  it('puts each field error of a problem document beside its field, the first per field', () => {
    const complaints = complaintsOf(
      problem({
        code: 'KIT_001',
        errors: [
          { path: 'body.title', message: 'Too small', code: 'too_small' },
          { path: 'body.section', message: 'a lower-case word', code: 'invalid_format' },
          { path: 'body.section', message: 'second', code: 'custom' },
          { path: 'body.tags.1', message: 'lower-case letters', code: 'invalid_format' },
        ],
      }),
    );
    expect(complaints).toEqual({
      general: FIX_FIELDS,
      fields: {
        title: 'Headline is required.',
        section: 'a lower-case word',
        tags: 'lower-case letters',
      },
    });
  });

  it('shows a taken slug beside the headline it came from', () => {
    const complaints = complaintsOf(
      problem({ status: 409, code: 'ARTICLES_001', detail: 'The slug "x" is taken.' }),
    );
    expect(complaints.fields.title).toBe('The slug "x" is taken.');
  });

  it('says what to do when the session is missing, not an editor’s, or the service is away', () => {
    expect(complaintsOf(problem({ status: 401, code: 'KIT_006' })).general).toMatch(/sign in/i);
    expect(complaintsOf(problem({ status: 403, code: 'KIT_007' })).general).toMatch(
      /only editors/i,
    );
    expect(complaintsOf(problem({ status: 0 })).general).toMatch(/unavailable.*nothing was saved/i);
    expect(complaintsOf(new Error('boom')).general).toMatch(/nothing was saved/);
  });
});
