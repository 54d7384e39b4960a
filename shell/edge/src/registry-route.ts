import type { FastifyInstance } from 'fastify';
import type { Compress } from './documents.js';
import { encodingFor, sendDocument } from './documents.js';
import { sendProblem } from './errors.js';
import type { ServedRegistry } from './registry-source.js';

export interface RegistryRouteOptions {
  registry: () => Promise<ServedRegistry | undefined>;
  compress: Compress;
}

/** True when If-None-Match names the current content, whatever encoding it was sent in. */
function matches(ifNoneMatch: string | undefined, hash: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim())
    .some((tag) => tag === '*' || tag.replace(/-(br|gzip)"$/, '"') === `"${hash}"`);
}

export function registryRoute(
  fastify: FastifyInstance,
  { registry, compress }: RegistryRouteOptions,
) {
  fastify.get('/registry.json', async (request, reply) => {
    const served = await registry();
    if (!served) {
      return sendProblem(
        reply,
        'EDGE_005',
        'No app is deployed yet (the deploys stream of the event log is empty). Run `pnpm tessera publish`.',
      );
    }
    reply.header('cache-control', 'no-cache').type('application/json; charset=utf-8');
    // Each encoding is its own representation, so its strong ETag differs (RFC 9110 §8.8.3).
    const encoding = encodingFor(request, served.json);
    reply.header('etag', encoding ? `"${served.hash}-${encoding}"` : `"${served.hash}"`);
    if (matches(request.headers['if-none-match'], served.hash)) {
      return reply.header('vary', 'accept-encoding').code(304).send();
    }
    return sendDocument(reply, compress, served.json, encoding);
  });
}
