import { afterAll, beforeAll } from 'vitest';
import { connect } from '@nats-io/transport-node';
import { createEventLog } from '../../core/event-log.js';
import { testEventLog } from '../../testing/index.js';
import { startNatsServer, type NatsServer } from '../../testing/nats-server.js';
import { createNatsDriver } from './driver.js';
import { createNaming } from './naming.js';

let server: NatsServer;
beforeAll(async () => {
  server = await startNatsServer();
});
afterAll(() => server?.stop());

let n = 0;
testEventLog('nats', async () => {
  // One server per file; a fresh namespace per test keeps tests apart.
  const namespace = `t${++n}`;
  const driver = await createNatsDriver({
    servers: [server.url],
    namespace,
    appendDeadlineMs: 5_000,
  });
  return {
    log: createEventLog(driver),
    async injectRaw(stream, body) {
      const nc = await connect({ servers: server.url });
      await nc.request(createNaming(namespace).subject(stream), body);
      await nc.close();
    },
  };
});
