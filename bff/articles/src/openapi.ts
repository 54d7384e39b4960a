import { openApiDocument as generate, type ResponseDoc, type RouteDoc } from '@tessera/kit';
import { z } from 'zod';
import * as contract from './contract/index.js';

const base = contract.ARTICLES_API_BASE;
const slug = contract.slugParamsSchema;

const schemas = {
  PublishRequest: contract.publishRequestSchema,
  ReplaceRequest: contract.replaceRequestSchema,
  PatchRequest: contract.patchRequestSchema,
  RetractRequest: contract.retractRequestSchema,
  ArticleResponse: contract.articleResponseSchema,
  RevisionResponse: contract.revisionResponseSchema,
  FrontPage: contract.frontPageSchema,
  SectionList: contract.sectionListSchema,
  SectionPage: contract.sectionPageSchema,
  RetractResponse: contract.retractResponseSchema,
  Change: contract.changeSchema,
};

type Read = Omit<RouteDoc, 'method' | 'responses'> & { ok: ResponseDoc['schema'] };

function read({ ok, ...route }: Read, errors: RouteDoc['responses'] = {}): RouteDoc {
  return {
    method: 'get',
    ...route,
    responses: {
      200: { description: 'OK', schema: ok },
      400: { description: 'Invalid path or query' },
      503: { description: 'Still rebuilding from the log' },
      ...errors,
    },
  };
}

const csrfHeader = z.object({ [contract.CSRF_HEADER]: z.literal(contract.CSRF_HEADER_VALUE) });

function write(route: Omit<RouteDoc, 'headers' | 'security'>): RouteDoc {
  return {
    ...route,
    headers: csrfHeader,
    security: ['session'],
    responses: {
      ...route.responses,
      400: { description: 'Invalid body' },
      401: { description: 'No valid session' },
      403: { description: 'Not an editor, or the CSRF header is missing' },
      404: { description: 'Unknown slug' },
      409: { description: 'Slug taken, or the article moved past baseRevision' },
      410: { description: 'Retracted' },
      503: { description: 'Saved but not yet visible, or still starting' },
    },
  };
}

const changed = {
  200: { description: 'The article after the change', schema: contract.articleResponseSchema },
};
const gone = { 404: { description: 'Unknown slug' }, 410: { description: 'Retracted' } };

const routes: RouteDoc[] = [
  write({
    method: 'post',
    path: base,
    summary: 'Publish an article',
    body: contract.publishRequestSchema,
    responses: { 201: { description: 'Published', schema: contract.articleResponseSchema } },
  }),
  read({
    path: `${base}/front`,
    summary: 'Front page',
    query: contract.frontPageQuerySchema,
    ok: contract.frontPageSchema,
  }),
  read({
    path: `${base}/sections`,
    summary: 'Sections with article counts',
    ok: contract.sectionListSchema,
  }),
  read(
    {
      path: `${base}/sections/{section}`,
      summary: 'One section, newest first',
      params: contract.sectionParamsSchema,
      query: contract.sectionPageQuerySchema,
      ok: contract.sectionPageSchema,
    },
    { 404: { description: 'No articles in this section' } },
  ),
  read(
    {
      path: `${base}/by-slug/{slug}`,
      summary: 'An article and its revision list',
      params: slug,
      ok: contract.articleResponseSchema,
    },
    gone,
  ),
  write({
    method: 'put',
    path: `${base}/by-slug/{slug}`,
    summary: 'Revise: replace every field',
    params: slug,
    body: contract.replaceRequestSchema,
    responses: changed,
  }),
  write({
    method: 'patch',
    path: `${base}/by-slug/{slug}`,
    summary: 'Revise: change the named fields',
    params: slug,
    body: contract.patchRequestSchema,
    responses: changed,
  }),
  read(
    {
      path: `${base}/by-slug/{slug}/revisions/{n}`,
      summary: 'The article as it read at revision n',
      params: contract.revisionParamsSchema,
      ok: contract.revisionResponseSchema,
    },
    { ...gone, 404: { description: 'Unknown slug or revision' } },
  ),
  write({
    method: 'post',
    path: `${base}/by-slug/{slug}/retraction`,
    summary: 'Retract with a reason',
    params: slug,
    body: contract.retractRequestSchema,
    responses: { 200: { description: 'Retracted', schema: contract.retractResponseSchema } },
  }),
  {
    method: 'get',
    path: `${base}/events`,
    summary: 'Server-sent events: published, revised, retracted (data: Change)',
    responses: {
      200: {
        description: 'An event stream',
        schema: contract.changeSchema,
        contentType: 'text/event-stream',
      },
    },
  },
];

/** The OpenAPI 3.1 document, generated from the same zod schemas the routes parse with. */
export function openApiDocument(): Record<string, unknown> {
  return generate({
    title: 'Tessera articles BFF',
    version: '1.0.0',
    routes,
    schemas,
    securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'tessera_session' } },
  });
}
