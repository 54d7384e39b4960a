import type { FastifyInstance } from 'fastify';
import { errorCodes } from 'fastify';

/**
 * Refuses a body whose declared length is over the route's limit before reading any of it, and
 * keeps the connection open: Node discards the unread body, so a client still sending it (the
 * edge's proxy) reads the 413. Fastify's own check answers the same but closes the connection
 * mid-body, and the proxy's next write meets a reset instead of the answer (a 503 at the edge).
 */
export function refuseDeclaredOversize(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    const declared = Number(request.headers['content-length']);
    if (declared > request.routeOptions.bodyLimit) {
      throw new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE();
    }
  });
}
