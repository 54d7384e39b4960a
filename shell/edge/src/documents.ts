import type { FastifyReply, FastifyRequest } from 'fastify';
import type { createCompressor, Encoding } from './compress.js';
import { negotiateEncoding } from './compress.js';

export type Compress = ReturnType<typeof createCompressor>;

/** Text below this size is not worth compressing. */
const MIN_COMPRESS_BYTES = 1024;

/** The encoding to send `body` in: the client's best, or none for small bodies. */
export function encodingFor(request: FastifyRequest, body: string): Encoding | undefined {
  if (Buffer.byteLength(body) < MIN_COMPRESS_BYTES) return undefined;
  return negotiateEncoding(request.headers['accept-encoding']);
}

/** Sends a dynamic text document in `encoding` (from `encodingFor`). */
export function sendDocument(
  reply: FastifyReply,
  compress: Compress,
  body: string,
  encoding: Encoding | undefined,
): FastifyReply {
  reply.header('vary', 'accept-encoding');
  if (!encoding) return reply.send(body);
  return reply.header('content-encoding', encoding).send(compress(body, encoding));
}
