import { pino } from 'pino';
import { createEdge } from '@tessera/edge';
import { openEventLog, type NewEvent } from '@tessera/log';
import { DEPLOYS_STREAM } from './deploys.js';

export interface PreviewEdgeOptions {
  assetsDir: string;
  bffUrls: Record<string, string>;
  /** The deploys stream it serves: the live one with the candidate activated last. */
  deploys: NewEvent[];
}

/** A private edge on port 0 whose registry is `deploys`, kept in a memory log. */
export async function previewEdge(options: PreviewEdgeOptions) {
  const preview = await openEventLog('memory:', { producer: 'tessera-verify' });
  await preview.append(DEPLOYS_STREAM, options.deploys);
  const edge = await createEdge({
    assetsDir: options.assetsDir,
    eventLog: preview,
    bffUrls: options.bffUrls,
    logger: pino({ level: 'silent' }),
  });
  await edge.listen({ port: 0, host: '127.0.0.1' });
  const address = edge.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    async close() {
      await edge.close();
      await preview.close();
    },
  };
}
