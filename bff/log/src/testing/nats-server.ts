import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A nats-server with JetStream on free ports and a temp store; for tests and benches. */
export interface NatsServer {
  readonly name: string;
  readonly port: number;
  readonly url: string;
  /** Kill the process (SIGKILL: a crash, not a graceful shutdown). */
  kill(): Promise<void>;
  /** Start it again on the same port and store. */
  restart(): Promise<void>;
  /** Kill it and delete its store. */
  stop(): Promise<void>;
}

export interface NatsServerOptions {
  binary?: string;
  /** Cluster name and route ports of every member (including this one), for clustered servers. */
  cluster?: { name: string; port: number; routes: number[] };
  name?: string;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function configFor(
  name: string,
  port: number,
  dir: string,
  cluster: NatsServerOptions['cluster'],
): string {
  const lines = [
    `server_name: ${name}`,
    `listen: 127.0.0.1:${port}`,
    `jetstream { store_dir: "${dir}" }`,
  ];
  if (cluster) {
    const routes = cluster.routes.map((p) => `nats-route://127.0.0.1:${p}`).join(', ');
    lines.push(
      `cluster { name: ${cluster.name}, listen: 127.0.0.1:${cluster.port}, routes: [${routes}] }`,
    );
  }
  return lines.join('\n');
}

function waitReady(child: ChildProcess, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`nats-server ${name} not ready in 10 s:\n${output}`)),
      10_000,
    );
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Server is ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`nats-server ${name} exited with ${code}:\n${output}`));
    });
  });
}

export async function startNatsServer(options: NatsServerOptions = {}): Promise<NatsServer> {
  const port = await freePort();
  const name = options.name ?? `n${port}`;
  const dir = mkdtempSync(join(tmpdir(), 'tessera-nats-'));
  const config = join(dir, 'server.conf');
  writeFileSync(config, configFor(name, port, join(dir, 'store'), options.cluster));
  let child: ChildProcess | undefined;

  const launch = async () => {
    child = spawn(options.binary ?? '/usr/sbin/nats-server', ['-c', config], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    await waitReady(child, name);
  };
  const kill = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };

  await launch();
  return {
    name,
    port,
    url: `nats://127.0.0.1:${port}`,
    kill,
    restart: launch,
    async stop() {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Three (or n) clustered servers on one machine, with distinct ports and stores. */
export async function startNatsCluster(size = 3): Promise<NatsServer[]> {
  const routes = await Promise.all(Array.from({ length: size }, () => freePort()));
  const name = `c${routes[0]}`;
  return Promise.all(
    routes.map((port, i) =>
      startNatsServer({ name: `${name}-${i}`, cluster: { name, port, routes } }),
    ),
  );
}
