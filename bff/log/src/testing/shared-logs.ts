import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNatsServer } from './nats-server.js';

/** A durable log several BFF instances or processes can open by its URL. */
export interface SharedLog {
  url: string;
  dispose(): Promise<void>;
}

/** The durable adapters: restart, replica and cross-process tests run on each, only the URL switched. */
export const sharedLogs: Array<[string, () => Promise<SharedLog>]> = [
  [
    'sqlite',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'tessera-shared-log-'));
      return {
        url: `sqlite:${join(dir, 'log.db')}`,
        dispose: async () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  ],
  [
    'nats',
    async () => {
      const server = await startNatsServer();
      return { url: server.url, dispose: () => server.stop() };
    },
  ],
];
