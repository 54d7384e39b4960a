import type { FastifyInstance } from 'fastify';
import type { IncomingHttpHeaders } from 'node:http';
import { Readable } from 'node:stream';
import { sendProblem } from './errors.js';

/** Length of a chunked body the edge read in full, by request: it is sent on with it. */
const readLengths = new WeakMap<object, number>();

class BodyTooLarge extends Error {
  readonly statusCode = 413;
}

async function readAtMost(stream: Readable, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      throw new BodyTooLarge(`The body is over ${limit} bytes, the most the API accepts.`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

/**
 * Bodies go to the BFF as bytes: it validates them, the edge only forwards. One declared over
 * the limit is refused before any of it is read (the connection stays open: Node discards the
 * rest); one declared under it streams through; a chunked one is read here, up to the limit, and
 * sent on with its length, so the BFF can refuse it before reading any of it instead of closing
 * the connection mid-body (which the proxy would report as a 503).
 */
export function forwardBodiesAsBytes(fastify: FastifyInstance, limit: number): void {
  fastify.addHook('onRequest', async (request, reply) => {
    const declared = Number(request.headers['content-length']);
    if (declared > limit) {
      return sendProblem(
        reply,
        'EDGE_011',
        `The body is ${declared} bytes; the API accepts at most ${limit}.`,
      );
    }
  });
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('*', (request, payload, done) => {
    if (request.headers['content-length'] !== undefined) return done(null, payload);
    readAtMost(payload, limit).then(
      (body) => {
        readLengths.set(request, body.length);
        done(null, Readable.from([body]));
      },
      (error: Error) => done(error, undefined),
    );
  });
}

/** The headers to send on: a body the edge read gets its length instead of chunked encoding. */
export function withReadLength<H extends IncomingHttpHeaders>(request: object, headers: H): H {
  const length = readLengths.get(request);
  if (length === undefined) return headers;
  const { 'transfer-encoding': _chunked, ...rest } = headers;
  return { ...rest, 'content-length': String(length) } as H;
}
