import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestSessions } from './testing.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'bff-articles-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function run(env: Record<string, string>) {
  const child = spawn(TSX, [MAIN], { env: { ...process.env, LOG_LEVEL: 'warn', ...env } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, stderr: () => stderr };
}

async function waitReady(port: number, deadline: number): Promise<void> {
  for (;;) {
    const status = await fetch(`http://127.0.0.1:${port}/readyz`)
      .then((r) => r.status)
      .catch(() => 0);
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error(`not ready on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// Spawns real processes: slow when the machine is busy, hence the generous timeouts.
describe('the entry process', () => {
  it('serves once caught up and exits 0 on SIGTERM', async () => {
    const port = await freePort();
    const { publicJwk } = await createTestSessions();
    const proc = run({
      PORT: String(port),
      EVENT_LOG_URL: `sqlite:${join(dir, 'log.db')}`,
      SESSION_PUBLIC_KEY: JSON.stringify(publicJwk),
    });
    await waitReady(port, Date.now() + 20_000);
    const front = await fetch(`http://127.0.0.1:${port}/api/articles/front`);
    expect(front.status).toBe(200);
    proc.child.kill('SIGTERM');
    expect(await proc.exited).toBe(0);
  }, 60_000);

  it('exits 1 naming the bad variable', async () => {
    const proc = run({ PORT: 'not-a-port' });
    expect(await proc.exited).toBe(1);
    expect(proc.stderr()).toContain('PORT');
  }, 60_000);
});
