import type { FastifyInstance } from 'fastify';

export interface SignalSource {
  on(signal: NodeJS.Signals, listener: () => void): unknown;
}

export interface GracefulStopOptions {
  /** Where signals come from (the entry passes `process`). */
  signals: SignalSource;
  /** Ends the process (the entry passes `process.exit`). */
  exit: (code: number) => void;
  names?: NodeJS.Signals[];
  /** Hard deadline for the whole stop (default 10 s). */
  timeoutMs?: number;
}

/**
 * Stops on SIGTERM/SIGINT: `app.close()` stops accepting connections, lets
 * in-flight requests finish and runs the onClose hooks (which close the log).
 * If that takes longer than the deadline the process exits 1 anyway; a
 * second signal exits at once. Returns the stop function for direct use.
 */
export function installGracefulStop(
  app: FastifyInstance,
  options: GracefulStopOptions,
): () => Promise<void> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  let stopping: Promise<void> | undefined;

  function stop(): Promise<void> {
    stopping ??= (async () => {
      const deadline = setTimeout(() => {
        app.log.error({ timeoutMs }, 'stop took too long; exiting anyway');
        options.exit(1);
      }, timeoutMs);
      deadline.unref();
      try {
        await app.close();
        app.log.info('stopped');
        options.exit(0);
      } catch (error) {
        app.log.error({ err: error }, 'stop failed');
        options.exit(1);
      } finally {
        clearTimeout(deadline);
      }
    })();
    return stopping;
  }

  for (const name of options.names ?? ['SIGTERM', 'SIGINT']) {
    options.signals.on(name, () => {
      if (stopping) {
        app.log.warn({ signal: name }, 'second signal; exiting now');
        options.exit(1);
        return;
      }
      app.log.info({ signal: name }, 'stopping');
      void stop();
    });
  }
  return stop;
}
