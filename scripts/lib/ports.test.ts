import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { assertPortsFree } from './ports.mjs';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))),
  );
});

async function listening(): Promise<number> {
  const server = createServer();
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

describe('assertPortsFree', () => {
  it('names every taken port and what wanted it', async () => {
    const edge = await listening();
    const login = await listening();
    await expect(assertPortsFree('127.0.0.1', { edge, 'bff-login': login })).rejects.toThrow(
      `ports ${edge} (edge), ${login} (bff-login) are already in use on 127.0.0.1`,
    );
  });

  it('passes once the ports are free again, and leaves them free', async () => {
    const port = await listening();
    await new Promise((resolve) => servers.pop()!.close(resolve));
    await assertPortsFree('127.0.0.1', { edge: port });
    await expect(assertPortsFree('127.0.0.1', { edge: port })).resolves.toBeUndefined();
  });
});
