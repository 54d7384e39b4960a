import { describe } from 'vitest';
import { appendContract } from './contract-append.js';
import { consumeContract } from './contract-consume.js';
import { projectionContract } from './contract-projection.js';
import { readContract } from './contract-read.js';
import type { EventLogFactory, EventLogFixture } from './fixture.js';

export {
  startNatsServer,
  startNatsCluster,
  freePort,
  type NatsServer,
  type NatsServerOptions,
} from './nats-server.js';
export { sharedLogs, type SharedLog } from './shared-logs.js';
export {
  eventually,
  userRegistered,
  userIds,
  type EventLogFactory,
  type EventLogFixture,
} from './fixture.js';

/** The semantics every adapter must pass; each test gets a fresh, empty log from the factory. */
export function testEventLog(name: string, factory: EventLogFactory): void {
  const use = (body: (fixture: EventLogFixture) => Promise<void>) => async () => {
    const fixture = await factory();
    try {
      await body(fixture);
    } finally {
      await fixture.log.close();
      await fixture.cleanup?.();
    }
  };
  describe(`EventLog contract: ${name}`, () => {
    appendContract(use);
    readContract(use);
    consumeContract(use);
    projectionContract(use);
  });
}
