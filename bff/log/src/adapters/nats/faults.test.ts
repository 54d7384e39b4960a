import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually } from '../../testing/fixture.js';
import { startNatsCluster, startNatsServer, type NatsServer } from '../../testing/nats-server.js';
import { startFaultRig, type FaultRig } from './fault-fixture.js';

const COUNT = 300;
// Convergence deadlines are generous: the test asserts what converges, never how fast, and a
// leader election on a loaded 2-core machine can stall consumers for many seconds.
const CONVERGE_MS = 60_000;

async function expectExactlyOnce(rig: FaultRig, ids: string[]) {
  await eventually(
    () => rig.projection.offset >= COUNT && rig.consumed.length >= COUNT,
    CONVERGE_MS,
  );
  expect(await rig.log.head('users')).toBe(COUNT);
  const stored = [];
  for (let after = 0; after < COUNT; after = stored.length)
    stored.push(...(await rig.log.read('users', { after })));
  expect(stored.map((e) => e.offset)).toEqual(Array.from({ length: COUNT }, (_, i) => i + 1));
  expect(new Set(stored.map((e) => e.id))).toEqual(new Set(ids));
  expect([...rig.projection.state.values()].every((times) => times === 1)).toBe(true);
  expect(rig.projection.state.size).toBe(COUNT);
  expect(rig.consumed).toEqual(Array.from({ length: COUNT }, (_, i) => i + 1));
}

describe('NATS adapter under faults', () => {
  const servers: NatsServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.stop()));
  });

  it('loses nothing and applies nothing twice when the server restarts mid-stream', async () => {
    const server = await startNatsServer();
    servers.push(server);
    const rig = await startFaultRig({ servers: [server.url], appendDeadlineMs: 20_000 });
    const producing = rig.produce(COUNT, 4);
    await eventually(() => rig.projection.offset >= COUNT / 3, 20_000);
    await server.kill();
    await new Promise((r) => setTimeout(r, 300));
    await server.restart();
    const ids = await producing;
    await expectExactlyOnce(rig, ids);
    await rig.stop();
  }, 60_000);

  it('loses nothing and applies nothing twice when the R3 stream leader is killed', async () => {
    const cluster = await startNatsCluster(3);
    servers.push(...cluster);
    const rig = await startFaultRig({
      servers: cluster.map((s) => s.url),
      appendDeadlineMs: 30_000,
    });
    expect(rig.log.adapter).toBe('nats');
    const producing = rig.produce(COUNT, 4);
    await eventually(() => rig.projection.offset >= COUNT / 3, 30_000);
    const nc = await connect({ servers: cluster.map((s) => s.url) });
    const info = await (await jetstreamManager(nc)).streams.info('log_users');
    await nc.close();
    expect(info.config.num_replicas).toBe(3);
    const leader = cluster.find((s) => s.name === info.cluster?.leader);
    expect(leader).toBeDefined();
    await leader!.kill();
    const ids = await producing;
    await expectExactlyOnce(rig, ids);
    await rig.stop();
  }, 180_000);
});
