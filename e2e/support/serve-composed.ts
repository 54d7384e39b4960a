// Entry for Playwright's webServer: `tsx support/serve-composed.ts <port>`. Publishes the site,
// starts the BFFs on <port>+10.. and the edge on <port>; stops them all on SIGTERM/SIGINT.
import { createEdge } from '@tessera/edge';
import { openEventLog } from '@tessera/log';
import { join } from 'node:path';
import { pino } from 'pino';
import { bffNames, bffPortOf, bffUrlsOf, publishSite, seedLog, startBff } from './composed-site.js';
import { assetsDir, e2eDataDir, eventLogUrl } from './paths.js';
import { waitForHttp } from '../../scripts/lib/http.mjs';

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port <= 0) {
  console.error('usage: tsx support/serve-composed.ts <port>');
  process.exit(2);
}

const bffPort = (i: number) => bffPortOf(port, i);
const loginUrl = `http://127.0.0.1:${bffPort(0)}`;

await publishSite();
await seedLog();
const children = bffNames.map((name, i) =>
  startBff(name, bffPort(i), {
    EVENT_LOG_URL: eventLogUrl,
    SESSION_KEY_FILE: join(e2eDataDir, 'session-key.pem'),
    SESSION_JWKS_URL: `${loginUrl}/api/login/.well-known/jwks.json`,
  }),
);

// A BFF is ready once its projection has caught up with the seeded log.
await Promise.all(
  bffNames.map((_name, i) =>
    waitForHttp(`http://127.0.0.1:${bffPort(i)}/readyz`, { timeoutMs: 90_000 }),
  ),
);

const edgeLog = await openEventLog(eventLogUrl, { producer: 'edge' });
const edge = await createEdge({
  assetsDir,
  eventLog: edgeLog,
  // Small numbers, so the deploy suite sees a failing canary aborted after a few page loads.
  canary: { minViews: 3, maxErrorRate: 0.5 },
  bffUrls: bffUrlsOf(port),
  logger: pino({ level: 'warn' }),
});
await edge.listen({ port, host: '127.0.0.1' });
console.log(`composed site on http://127.0.0.1:${port}/`);

async function stop() {
  for (const child of children) child.kill('SIGTERM');
  await edge.close();
  await edgeLog.close();
  process.exit(0);
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
