import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { waitForBffs } from './site.mjs';

let server: Server | undefined;
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
);

/** A BFF that is up (/healthz 200) but answers /readyz 503 until `ready()` is called. */
async function rebuildingBff() {
  let ready = false;
  let readyChecks = 0;
  server = createServer((request, response) => {
    if (request.url === '/healthz') return response.writeHead(200).end('{"status":"ok"}');
    if (request.url !== '/readyz') return response.writeHead(404).end();
    readyChecks++;
    response.writeHead(ready ? 200 : 503).end();
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    readyChecks: () => readyChecks,
    ready: () => void (ready = true),
  };
}

describe('waiting for the BFFs at start', () => {
  it('waits until a BFF is ready (caught up with the log), not merely listening', async () => {
    const bff = await rebuildingBff();
    let finished = false;
    const waiting = waitForBffs([{ name: 'bff-search', url: bff.url }], 20_000).then(
      () => (finished = true),
    );
    while (bff.readyChecks() < 3 && !finished) await sleep(20);
    expect(finished).toBe(false);
    bff.ready();
    await waiting;
    expect(finished).toBe(true);
  });
});
