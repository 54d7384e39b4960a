import { z } from 'zod';
import { PROBLEM_CONTENT_TYPE, problemSchema } from './contract.js';

type Json = Record<string, unknown>;
type Schema = z.core.$ZodType;

export interface ResponseDoc {
  description: string;
  /** Body schema; omit for empty responses. Problem statuses (4xx/5xx) need none. */
  schema?: Schema;
  /** Media type of a success body; `application/json` unless said (e.g. `text/event-stream`). */
  contentType?: string;
}

export interface RouteDoc {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path template, e.g. `/api/articles/{slug}`. */
  path: string;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  headers?: z.ZodObject;
  body?: Schema;
  /** Names of `ApiDoc.securitySchemes` the route needs. */
  security?: string[];
  responses: Record<number, ResponseDoc>;
}

export interface ApiDoc {
  title: string;
  version: string;
  description?: string;
  routes: RouteDoc[];
  /** Schemas to publish under `components.schemas` and reference by name wherever routes use them. */
  schemas?: Record<string, Schema>;
  securitySchemes?: Record<string, Json>;
}

const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };

/** Turns zod schemas into JSON Schema, naming the ones the document publishes as components. */
function schemaWriter(named: Record<string, Schema>) {
  const names = new Map(Object.entries(named).map(([name, schema]) => [schema, name]));
  const components: Record<string, Json> = {};
  // Requests are described as clients send them (before transforms), responses as they arrive.
  const inline = (schema: Schema, io: 'input' | 'output'): Json => {
    const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
    return rest;
  };
  const write = (schema: Schema, io: 'input' | 'output'): Json => {
    const name = names.get(schema);
    if (!name) return inline(schema, io);
    components[name] ??= inline(schema, io);
    return { $ref: `#/components/schemas/${name}` };
  };
  /** Every named schema in the order given; those no route used are described as responses. */
  const published = () =>
    Object.fromEntries(
      Object.entries(named).map(([name, schema]) => [
        name,
        components[name] ?? inline(schema, 'output'),
      ]),
    );
  return { write, inline, published };
}

type Writer = ReturnType<typeof schemaWriter>;

function responses(route: RouteDoc, schemas: Writer) {
  return Object.fromEntries(
    Object.entries(route.responses).map(([status, doc]) => {
      if (Number(status) >= 400) {
        const content = { [PROBLEM_CONTENT_TYPE]: { schema: PROBLEM_REF } };
        return [status, { description: doc.description, content }];
      }
      const content = doc.schema && {
        [doc.contentType ?? 'application/json']: { schema: schemas.write(doc.schema, 'output') },
      };
      return [status, { description: doc.description, ...(content && { content }) }];
    }),
  );
}

function parameters(route: RouteDoc, schemas: Writer): Json[] {
  const from = (where: 'path' | 'query' | 'header', object: z.ZodObject | undefined) =>
    Object.entries(object?.shape ?? {}).map(([name, schema]) => ({
      name,
      in: where,
      // OpenAPI requires path parameters to be marked required.
      required: where === 'path' || !(schema as z.ZodType).safeParse(undefined).success,
      schema: schemas.inline(schema as z.ZodType, 'input'),
    }));
  return [
    ...from('path', route.params),
    ...from('query', route.query),
    ...from('header', route.headers),
  ];
}

function operation(route: RouteDoc, schemas: Writer): Json {
  const params = parameters(route, schemas);
  return {
    summary: route.summary,
    ...(params.length > 0 && { parameters: params }),
    ...(route.security && { security: route.security.map((name) => ({ [name]: [] })) }),
    ...(route.body && {
      requestBody: {
        required: true,
        content: { 'application/json': { schema: schemas.write(route.body, 'input') } },
      },
    }),
    responses: responses(route, schemas),
  };
}

/** An OpenAPI 3.1 document generated from the same zod schemas the routes validate with. */
export function openApiDocument(doc: ApiDoc): Json {
  const schemas = schemaWriter(doc.schemas ?? {});
  const paths: Record<string, Json> = {};
  for (const route of doc.routes) {
    paths[route.path] = { ...paths[route.path], [route.method]: operation(route, schemas) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: doc.title,
      version: doc.version,
      ...(doc.description && { description: doc.description }),
    },
    paths,
    components: {
      schemas: { ...schemas.published(), Problem: schemas.inline(problemSchema, 'output') },
      ...(doc.securitySchemes && { securitySchemes: doc.securitySchemes }),
    },
  };
}
