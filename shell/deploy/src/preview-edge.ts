import { pino } from 'pino';
import { createEdge } from '@tessera/edge';
import { openEventLog, type NewEvent } from '@tessera/log';
import { DEPLOYS_STREAM } from './deploys.js';

export interface PreviewEdgeOptions {
  assetsDir: string;
  bffUrls: Record<string, string>;
  /** The live deploys stream it starts with. */
  deploys: NewEvent[];
}

export interface PreviewEdge {
  origin: string;
  /**
   * Appends `events` (the candidate activated last) and resolves once the registry the edge
   * serves has them: its projection follows the log, so an append is not served at once.
   */
  serve(events: NewEvent[], timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

/** A private edge on port 0 whose registry is a deploys stream kept in a memory log. */
export async function previewEdge(options: PreviewEdgeOptions): Promise<PreviewEdge> {
  const preview = await openEventLog('memory:', { producer: 'tessera-verify' });
  if (options.deploys.length > 0) await preview.append(DEPLOYS_STREAM, options.deploys);
  const edge = await createEdge({
    assetsDir: options.assetsDir,
    eventLog: preview,
    bffUrls: options.bffUrls,
    logger: pino({ level: 'silent' }),
  });
  await edge.listen({ port: 0, host: '127.0.0.1' });
  // The first page it serves reads the shell template and warms the route: done now, while the
  // CLI builds, rather than while the check waits (~0.1 s off the check on the bench site).
  await edge.inject({ url: '/', headers: { accept: 'text/html' } });
  const address = edge.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    async serve(events, timeoutMs) {
      const { offsets } = await preview.append(DEPLOYS_STREAM, events);
      await edge.registryAt(offsets.at(-1) ?? 0, { timeoutMs }).catch((error: unknown) => {
        throw new Error(
          `the private edge did not serve the candidate within ${timeoutMs} ms: ${(error as Error).message}`,
          { cause: error },
        );
      });
    },
    async close() {
      await edge.close();
      await preview.close();
    },
  };
}
