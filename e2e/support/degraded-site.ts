// A second edge over the running composed site's assets, log and BFFs, except that one BFF's
// URL points at a port nobody listens on: that BFF is down for every page this edge serves,
// while the shared composed site keeps all three.
import { createEdge } from '@tessera/edge';
import { openEventLog } from '@tessera/log';
import { pino } from 'pino';
import type { bffNames } from './composed-site.js';
import { bffUrlsOf } from './composed-site.js';
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
  /** The composed site's port (its BFFs: `bffPortOf`). */
  sitePort: number;
}): Promise<DegradedSite> {
  const { down, port, sitePort } = options;
  const bffUrls = { ...bffUrlsOf(sitePort), [down]: CLOSED };
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
