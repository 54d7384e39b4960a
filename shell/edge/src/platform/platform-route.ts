import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { EventLog } from '@tessera/log';
import type { Compress } from '../documents.js';
import { encodingFor, sendDocument } from '../documents.js';
import { sendProblem } from '../errors.js';
import { createPlatformSource } from './platform-source.js';

export interface PlatformRouteOptions {
  log: EventLog;
  logger: Logger;
  compress: Compress;
  /** The metrics window when the request names none. */
  windowDays?: number;
  now?: () => Date;
}

const Query = z.object({ days: z.coerce.number().int().min(1).max(365).optional() });

/**
 * `GET /platform.json`: each app's versions, the deploy history and the delivery metrics, for
 * the shell's /platform page. `?days=N` (1-365) sets the metrics window. Resolves once caught up.
 */
export async function platformRoute(fastify: FastifyInstance, options: PlatformRouteOptions) {
  const { windowDays = 30, now = () => new Date() } = options;
  const source = createPlatformSource({ log: options.log, logger: options.logger });
  await source.start();
  fastify.addHook('onClose', () => source.stop());
  fastify.get('/platform.json', async (request, reply) => {
    const query = Query.safeParse(request.query);
    if (!query.success) {
      return sendProblem(reply, 'EDGE_007', '`days` must be a whole number of days from 1 to 365.');
    }
    const body = JSON.stringify(source.document(now(), query.data.days ?? windowDays));
    reply.header('cache-control', 'no-cache').type('application/json; charset=utf-8');
    return sendDocument(reply, options.compress, body, encodingFor(request, body));
  });
}
