import { afterAll, beforeAll } from 'vitest';
import { connect } from '@nats-io/transport-node';
import { openEventLog } from '../../open.js';
import { testEventLog } from '../../testing/index.js';
import { startNatsServer, type NatsServer } from '../../testing/nats-server.js';
import { createNaming } from './naming.js';

let server: NatsServer;
beforeAll(async () => {
  server = await startNatsServer();
});
afterAll(() => server?.stop());

let n = 0;
testEventLog('nats', async () => {
  // One server per file; a fresh namespace per test keeps tests apart. Opened through
  // openEventLog, as services open it, so URL routing to this adapter is covered too.
  const namespace = `t${++n}`;
  const log = await openEventLog(server.url, { nats: { namespace, appendDeadlineMs: 5_000 } });
  return {
    log,
    async injectRaw(stream, body) {
      const nc = await connect({ servers: server.url });
      await nc.request(createNaming(namespace).subject(stream), body);
      await nc.close();
    },
  };
});
