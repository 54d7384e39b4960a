import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface Server {
  base: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts a TypeScript entry under tsx on a free port; resolves once `readyPath` answers 200. */
export async function startServer(
  entry: string,
  readyPath: string,
  env: Record<string, string>,
  timeoutMs = 300_000,
): Promise<Server> {
  const port = await freePort();
  const tsx = import.meta.resolve('tsx');
  const child = spawn(process.execPath, ['--import', tsx, entry], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}`);
    const ok = await fetch(`${base}${readyPath}`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`${entry} not ready within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    base,
    child,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export const bffEntry = fileURLToPath(
  new URL('main.ts', import.meta.resolve('@tessera/bff-search')),
);
export const bareEntry = fileURLToPath(new URL('./bare.ts', import.meta.url));
