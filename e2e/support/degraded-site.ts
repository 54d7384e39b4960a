// A second edge over the running composed site's assets, log and BFFs, except that one BFF's
// URL points at a port nobody listens on: that BFF is down for every page this edge serves,
// while the shared composed site keeps all three.
import { createEdge } from '@tessera/edge';
import { openEventLog } from '@tessera/log';
import { pino } from 'pino';
import { bffNames } from './composed-site.js';
import { assetsDir, eventLogUrl } from './paths.js';

export type BffName = (typeof bffNames)[number];

export interface DegradedSite {
  url: string;
  close(): Promise<void>;
}

/** Port 9 (discard) is closed on the machines the suites run on: connecting is refused. */
const CLOSED = 'http://127.0.0.1:9';

export async function startSiteWithBffDown(options: {
  down: BffName;
  port: number;
  /** The composed site's port; its BFFs listen on port + 10, + 11, + 12 (serve-composed.ts). */
  sitePort: number;
}): Promise<DegradedSite> {
  const { down, port, sitePort } = options;
  const bffUrls = Object.fromEntries(
    bffNames.map((name, i) => [
      name,
      name === down ? CLOSED : `http://127.0.0.1:${sitePort + 10 + i}`,
    ]),
  );
  const eventLog = await openEventLog(eventLogUrl, { producer: `e2e-${down}-down` });
  const edge = await createEdge({
    assetsDir,
    eventLog,
    bffUrls,
    logger: pino({ level: 'silent' }),
  });
  await edge.listen({ port, host: '127.0.0.1' });
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await edge.close();
      await eventLog.close();
    },
  };
}
