import { createServer } from 'node:net';

/** Whether something already listens on host:port: binding there fails with EADDRINUSE. */
function inUse(host, port) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) => (error.code === 'EADDRINUSE' ? resolve(true) : reject(error)));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve(false)));
  });
}

/**
 * Throws naming every taken port of `wanted` (`{ edge: 8080, 'bff-login': 7101 }`) before anything
 * starts: a site that half starts and then stops again says less about why.
 */
export async function assertPortsFree(host, wanted) {
  const taken = [];
  for (const [name, port] of Object.entries(wanted)) {
    if (await inUse(host, port)) taken.push(`${port} (${name})`);
  }
  if (taken.length === 0) return;
  const which = taken.length > 1 ? `ports ${taken.join(', ')} are` : `port ${taken[0]} is`;
  throw new Error(
    `${which} already in use on ${host}. Is Tessera already running? Stop it (Ctrl-C where it ` +
      'runs) or what holds the port (`ss -ltnp` names it); the edge can also move: ' +
      'PORT=8081 pnpm start',
  );
}
