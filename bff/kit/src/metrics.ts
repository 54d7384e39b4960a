import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface ServiceMetrics {
  registry: Registry;
  requestDuration: Histogram<'route' | 'method' | 'status'>;
  /** Count events a projection applied (call from the projection's apply hook). */
  recordApplied(projection: string, count?: number): void;
  /** Report how far a projection trails the log head, read at every scrape. */
  observeLag(projection: string, lag: () => number | Promise<number>): void;
}

export interface MetricsOptions {
  registry?: Registry;
  /** Process metrics (CPU, memory, event loop). Off in tests: they start timers. */
  defaultMetrics?: boolean;
}

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** Metrics on a registry of their own, so two services in one process never collide. */
export function createServiceMetrics(options: MetricsOptions = {}): ServiceMetrics {
  const registry = options.registry ?? new Registry();
  if (options.defaultMetrics) collectDefaultMetrics({ register: registry });
  const requestDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by route template, method and status.',
    labelNames: ['route', 'method', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const applied = new Counter({
    name: 'projection_events_applied_total',
    help: 'Events applied by each projection.',
    labelNames: ['projection'] as const,
    registers: [registry],
  });
  const lagReaders = new Map<string, () => number | Promise<number>>();
  new Gauge({
    name: 'projection_consumer_lag_events',
    help: 'Events in the log that each projection has not applied yet.',
    labelNames: ['projection'] as const,
    registers: [registry],
    async collect() {
      for (const [projection, read] of lagReaders) this.set({ projection }, await read());
    },
  });
  return {
    registry,
    requestDuration,
    recordApplied: (projection, count = 1) => applied.inc({ projection }, count),
    observeLag: (projection, lag) => void lagReaders.set(projection, lag),
  };
}
