import type { FastifyInstance } from 'fastify';
import { ServiceError } from './errors.js';
import type { ReadinessCheck } from './readiness.js';

/**
 * Operational routes: liveness, readiness and Prometheus metrics. Readiness
 * turns false as soon as the service starts stopping, so load balancers
 * drain it before connections close.
 */
export function registerOpsRoutes(app: FastifyInstance, readiness: ReadinessCheck): void {
  let stopping = false;
  app.addHook('preClose', async () => {
    stopping = true;
  });

  app.get('/healthz', async () => ({ status: 'ok' }));

  app.get('/readyz', async (request, reply) => {
    if (stopping) return reply.status(503).send({ status: 'stopping' });
    try {
      const { ready, detail } = await readiness();
      return reply
        .status(ready ? 200 : 503)
        .send({ ...detail, status: ready ? 'ready' : 'not-ready' });
    } catch (error) {
      // A check that knows why it is not ready says so as a problem document.
      if (error instanceof ServiceError) throw error;
      request.log.warn({ err: error }, 'readiness check failed');
      return reply.status(503).send({ status: 'not-ready', error: 'readiness check failed' });
    }
  });

  app.get('/metrics', async (_request, reply) => {
    const body = await app.metrics.registry.metrics();
    return reply.type(app.metrics.registry.contentType).send(body);
  });
}
