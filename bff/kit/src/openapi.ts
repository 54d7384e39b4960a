import { z } from 'zod';
import { PROBLEM_CONTENT_TYPE, problemSchema } from './contract.js';

export interface ResponseDoc {
  description: string;
  /** JSON body; omit for empty responses. Problem statuses (4xx/5xx) need none. */
  schema?: z.core.$ZodType;
}

export interface RouteDoc {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** OpenAPI path template, e.g. `/api/articles/{slug}`. */
  path: string;
  summary: string;
  body?: z.core.$ZodType;
  query?: z.ZodObject;
  responses: Record<number, ResponseDoc>;
}

export interface ApiDoc {
  title: string;
  version: string;
  description?: string;
  routes: RouteDoc[];
}

// Requests are described as clients send them (before transforms), responses as they arrive.
const jsonSchema = (schema: z.core.$ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any' });

function responses(route: RouteDoc) {
  return Object.fromEntries(
    Object.entries(route.responses).map(([status, doc]) => {
      const isProblem = Number(status) >= 400;
      const schema = isProblem
        ? { $ref: '#/components/schemas/Problem' }
        : doc.schema && jsonSchema(doc.schema, 'output');
      const content = schema
        ? { [isProblem ? PROBLEM_CONTENT_TYPE : 'application/json']: { schema } }
        : undefined;
      return [status, { description: doc.description, ...(content && { content }) }];
    }),
  );
}

function parameters(query: z.ZodObject | undefined) {
  if (!query) return undefined;
  return Object.entries(query.shape).map(([name, schema]) => ({
    name,
    in: 'query',
    required: !(schema as z.ZodType).safeParse(undefined).success,
    schema: jsonSchema(schema as z.ZodType, 'input'),
  }));
}

/** An OpenAPI 3.1 document generated from the same zod schemas the routes validate with. */
export function openApiDocument(doc: ApiDoc): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of doc.routes) {
    const operation = {
      summary: route.summary,
      ...(route.query && { parameters: parameters(route.query) }),
      ...(route.body && {
        requestBody: {
          required: true,
          content: { 'application/json': { schema: jsonSchema(route.body, 'input') } },
        },
      }),
      responses: responses(route),
    };
    paths[route.path] = { ...paths[route.path], [route.method]: operation };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: doc.title,
      version: doc.version,
      ...(doc.description && { description: doc.description }),
    },
    paths,
    components: { schemas: { Problem: jsonSchema(problemSchema, 'output') } },
  };
}
