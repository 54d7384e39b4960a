import { createRequire } from 'node:module';
import type * as PromClient from 'prom-client';
import type { Counter, Registry } from 'prom-client';

// Loaded only by a process that asks for metrics: prom-client (and the OpenTelemetry API it
// pulls in) is most of a `tessera` CLI start-up, and the CLI has no registry.
const require = createRequire(import.meta.url);

export interface LogMetrics {
  appended(stream: string, count: number): void;
  consumed(consumer: string, stream: string, count: number): void;
  retried(consumer: string, stream: string): void;
  deadLettered(consumer: string, stream: string): void;
}

const noop: LogMetrics = { appended() {}, consumed() {}, retried() {}, deadLettered() {} };

/** Metrics go to the registry the process passes in (never prom-client's global one). */
export function createLogMetrics(registry: Registry | undefined): LogMetrics {
  if (!registry) return noop;
  const { Counter } = require('prom-client') as typeof PromClient;
  const counter = (name: string, help: string, labelNames: string[]) =>
    (registry.getSingleMetric(name) as Counter | undefined) ??
    new Counter({ name, help, labelNames, registers: [registry] });
  const appended = counter('log_appended_events_total', 'Events appended by this process', [
    'stream',
  ]);
  const consumed = counter('log_consumed_events_total', 'Events handled by durable consumers', [
    'consumer',
    'stream',
  ]);
  const retried = counter(
    'log_handler_retries_total',
    'Handler attempts that failed and were retried',
    ['consumer', 'stream'],
  );
  const dead = counter('log_dead_letters_total', 'Events sent to the dead-letter stream', [
    'consumer',
    'stream',
  ]);
  return {
    appended: (stream, count) => appended.inc({ stream }, count),
    consumed: (consumer, stream, count) => consumed.inc({ consumer, stream }, count),
    retried: (consumer, stream) => retried.inc({ consumer, stream }),
    deadLettered: (consumer, stream) => dead.inc({ consumer, stream }),
  };
}
