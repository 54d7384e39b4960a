import type { ServiceMetrics } from './metrics.js';
import type { Session } from './session.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** W3C trace id: from `traceparent` when valid, otherwise generated. */
    traceId: string;
    /** Set by `requireSession` / `requireRole`; null on routes without them. */
    session: Session | null;
  }
  interface FastifyInstance {
    metrics: ServiceMetrics;
  }
}
