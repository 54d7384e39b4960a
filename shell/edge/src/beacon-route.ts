import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppName, Version } from '@tessera/registry';
import type { CanaryMonitor } from './canary-monitor.js';
import { sendProblem } from './errors.js';

const Beacon = z.object({
  app: AppName,
  version: Version,
  kind: z.enum(['view', 'error']),
  phase: z.enum(['load', 'mount']).optional(),
});

export interface BeaconRouteOptions {
  monitor: CanaryMonitor;
  /** Reports accepted per client address per minute (default 60). */
  perMinute?: number;
}

/** A fixed one-minute window per client address: enough to keep one browser from skewing a canary. */
function rateLimiter(perMinute: number) {
  let windowStart = Date.now();
  let seen = new Map<string, number>();
  return (client: string) => {
    if (Date.now() - windowStart >= 60_000) {
      windowStart = Date.now();
      seen = new Map();
    }
    const count = (seen.get(client) ?? 0) + 1;
    seen.set(client, count);
    return count <= perMinute;
  };
}

/** `POST /beacon`: the shell's view and error reports, counted for canary versions. */
export function beaconRoute(fastify: FastifyInstance, options: BeaconRouteOptions) {
  const allow = rateLimiter(options.perMinute ?? 60);
  fastify.post('/beacon', { bodyLimit: 1024 }, async (request, reply) => {
    if (!allow(request.ip)) {
      return sendProblem(
        reply,
        'EDGE_010',
        'Too many reports from this client; try again in a minute.',
      );
    }
    const parsed = Beacon.safeParse(request.body);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
      return sendProblem(reply, 'EDGE_007', `Invalid beacon: ${issues.join('; ')}`);
    }
    const { app, version, kind } = parsed.data;
    await options.monitor.record(app, version, kind);
    return reply.code(204).header('cache-control', 'no-store').send();
  });
}
