import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import { apiEncoding, encodeStream, varyWithEncoding } from './api-compress.js';
import { forwardBodiesAsBytes, withReadLength } from './api-body.js';
import type { EdgeErrorCode } from './errors.js';
import { sendProblem } from './errors.js';
import { traceparentFor } from './trace.js';

export interface ApiProxyOptions {
  /** App name → BFF base URL (`{ search: 'http://127.0.0.1:7102' }`). */
  bffUrls: Record<string, string>;
  /** A body longer than this, declared or chunked, is refused before any of it reaches a BFF. */
  bodyLimitBytes: number;
}

function codeFor(error: { code?: string }): EdgeErrorCode {
  if (error.code === 'FST_REPLY_FROM_GATEWAY_TIMEOUT' || error.code === 'FST_REPLY_FROM_TIMEOUT') {
    return 'EDGE_004';
  }
  if (error.code === 'FST_REPLY_FROM_BAD_GATEWAY') return 'EDGE_009';
  return 'EDGE_003';
}

/** Whether the URL's percent-escapes decode: reply-from throws (a 500) on one that does not. */
function decodable(url: string): boolean {
  try {
    decodeURIComponent(url);
    return true;
  } catch {
    return false;
  }
}

/**
 * `/api/<app>/...` → that app's BFF, path and query kept, body passed on unparsed (api-body.ts);
 * JSON and text answers are compressed for clients that accept it (see api-compress.ts).
 * Needs `@fastify/reply-from` registered on a parent scope.
 */
export async function apiProxy(fastify: FastifyInstance, options: ApiProxyOptions) {
  forwardBodiesAsBytes(fastify, options.bodyLimitBytes);

  const handler = (request: FastifyRequest, reply: FastifyReply) => {
    if (!decodable(request.url)) {
      return sendProblem(
        reply,
        'EDGE_007',
        'The URL has a malformed percent-escape (such as %ZZ); write a literal "%" as %25.',
      );
    }
    const { app } = request.params as { app: string };
    const base = Object.hasOwn(options.bffUrls, app) ? options.bffUrls[app] : undefined;
    if (!base) {
      return sendProblem(reply, 'EDGE_002', `No backend is configured for "${app}".`);
    }
    // Already normalised by the edge's genReqId; checked again so the proxy stands alone.
    const traceparent = traceparentFor(reply.request.headers.traceparent);
    return reply.from(new URL(request.url, base).href, {
      // Retries would turn "BFF down" into a slow answer; the caller decides whether to retry.
      retryDelay: () => null,
      // The edge itself answered any `Expect: 100-continue`; undici refuses to send one on.
      rewriteRequestHeaders: (req, { expect: _answered, ...headers }) => ({
        ...withReadLength(req, headers),
        traceparent,
        'x-forwarded-for': req.ip,
        'x-forwarded-proto': req.protocol,
        'x-forwarded-host': req.host,
      }),
      onResponse: (request, sameReply, response) => {
        sameReply.header('vary', varyWithEncoding(sameReply.getHeader('vary')));
        const encoding = apiEncoding(sameReply.getHeaders(), request.headers['accept-encoding']);
        const body = response.stream as Readable;
        if (!encoding) return sameReply.send(body);
        sameReply.removeHeader('content-length');
        sameReply.header('content-encoding', encoding);
        return sameReply.send(encodeStream(body, encoding));
      },
      onError: (_sameReply, { error }) => {
        const code = codeFor(error as { code?: string });
        reply.request.log.warn({ err: error, app, base }, 'backend failed');
        sendProblem(reply, code, `The ${app} backend did not answer. Try again shortly.`);
      },
    });
  };

  fastify.all('/:app', handler);
  fastify.all('/:app/*', handler);
}
