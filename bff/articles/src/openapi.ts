import { z } from 'zod';
import * as contract from './contract/index.js';

type Json = Record<string, unknown>;

const requests = {
  PublishRequest: contract.publishRequestSchema,
  ReplaceRequest: contract.replaceRequestSchema,
  PatchRequest: contract.patchRequestSchema,
  RetractRequest: contract.retractRequestSchema,
};

const responses = {
  ArticleResponse: contract.articleResponseSchema,
  RevisionResponse: contract.revisionResponseSchema,
  FrontPage: contract.frontPageSchema,
  SectionList: contract.sectionListSchema,
  SectionPage: contract.sectionPageSchema,
  RetractResponse: contract.retractResponseSchema,
  Change: contract.changeSchema,
  Problem: contract.problemSchema,
};

function schemaOf(schema: z.core.$ZodType, io: 'input' | 'output'): Json {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ 'application/json': { schema: ref(name) } });
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

/** Query or path parameters, one per property of an object schema. */
function parameters(where: 'query' | 'path', schema: z.ZodObject): Json[] {
  const shape = schemaOf(schema, 'input') as { properties?: Json; required?: string[] };
  return Object.entries(shape.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (shape.required ?? []).includes(name),
    schema: property,
  }));
}

function read(summary: string, response: string, params: Json[], extra: Json = {}): Json {
  return {
    get: {
      summary,
      parameters: params,
      responses: {
        200: { description: 'OK', content: json(response) },
        400: problem('Invalid path or query'),
        503: problem('Still rebuilding from the log'),
        ...extra,
      },
    },
  };
}

function write(summary: string, body: string, ok: Json, params: Json[] = []): Json {
  return {
    summary,
    parameters: [
      ...params,
      { name: contract.CSRF_HEADER, in: 'header', required: true, schema: { const: '1' } },
    ],
    security: [{ session: [] }],
    requestBody: { required: true, content: json(body) },
    responses: {
      ...ok,
      400: problem('Invalid body'),
      401: problem('No valid session'),
      403: problem('Not an editor, or the CSRF header is missing'),
      404: problem('Unknown slug'),
      409: problem('Slug taken, or the article moved past baseRevision'),
      410: problem('Retracted'),
      503: problem('Saved but not yet visible, or still starting'),
    },
  };
}

/** The OpenAPI 3.1 document, generated from the same zod schemas the routes parse with. */
export function openApiDocument(): Json {
  const slug = parameters('path', contract.slugParamsSchema);
  const article = {
    200: { description: 'The article after the change', content: json('ArticleResponse') },
  };
  const gone = { 404: problem('Unknown slug'), 410: problem('Retracted') };
  const base = contract.ARTICLES_API_BASE;
  return {
    openapi: '3.1.0',
    info: { title: 'Tessera articles BFF', version: '1.0.0' },
    paths: {
      [base]: {
        post: write('Publish an article', 'PublishRequest', {
          201: { description: 'Published', content: json('ArticleResponse') },
        }),
      },
      [`${base}/front`]: read(
        'Front page',
        'FrontPage',
        parameters('query', contract.frontPageQuerySchema),
      ),
      [`${base}/sections`]: read('Sections with article counts', 'SectionList', []),
      [`${base}/sections/{section}`]: read(
        'One section, newest first',
        'SectionPage',
        [
          ...parameters('path', contract.sectionParamsSchema),
          ...parameters('query', contract.sectionPageQuerySchema),
        ],
        { 404: problem('No articles in this section') },
      ),
      [`${base}/by-slug/{slug}`]: {
        ...read('An article and its revision list', 'ArticleResponse', slug, gone),
        put: write('Revise: replace every field', 'ReplaceRequest', article, slug),
        patch: write('Revise: change the named fields', 'PatchRequest', article, slug),
      },
      [`${base}/by-slug/{slug}/revisions/{n}`]: read(
        'The article as it read at revision n',
        'RevisionResponse',
        parameters('path', contract.revisionParamsSchema),
        { ...gone, 404: problem('Unknown slug or revision') },
      ),
      [`${base}/by-slug/{slug}/retraction`]: {
        post: write(
          'Retract with a reason',
          'RetractRequest',
          {
            200: { description: 'Retracted', content: json('RetractResponse') },
          },
          slug,
        ),
      },
      [`${base}/events`]: {
        get: {
          summary: 'Server-sent events: published, revised, retracted (data: Change)',
          responses: {
            200: {
              description: 'An event stream',
              content: { 'text/event-stream': { schema: ref('Change') } },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        ...Object.fromEntries(Object.entries(requests).map(([n, s]) => [n, schemaOf(s, 'input')])),
        ...Object.fromEntries(
          Object.entries(responses).map(([n, s]) => [n, schemaOf(s, 'output')]),
        ),
      },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'tessera_session' },
      },
    },
  };
}
