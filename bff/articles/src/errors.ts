import { defineErrorCodes } from '@tessera/kit';
import { ARTICLES_ERROR_CODES as C } from './contract/index.js';

/** This BFF's error codes, each with the status and title it always maps to. */
export const ArticlesErrors = defineErrorCodes({
  slugTaken: { code: C.slugTaken, status: 409, title: 'Slug already taken' },
  articleNotFound: { code: C.articleNotFound, status: 404, title: 'Article not found' },
  retracted: { code: C.retracted, status: 410, title: 'Article retracted' },
  revisionNotFound: { code: C.revisionNotFound, status: 404, title: 'Revision not found' },
  sectionNotFound: { code: C.sectionNotFound, status: 404, title: 'Section not found' },
  staleRevision: { code: C.staleRevision, status: 409, title: 'Article changed meanwhile' },
  busy: { code: C.busy, status: 503, title: 'Try again shortly' },
  starting: { code: C.starting, status: 503, title: 'Starting up' },
});
