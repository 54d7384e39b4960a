import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Runs the real entry file as its own process, the way `pnpm start` does. */
function startMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: packageDir,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

describe('bff-login entry process', () => {
  it('exits 1 naming the bad variable when the environment is wrong', async () => {
    const run = startMain({ PORT: 'eighty', SESSION_COOKIE_SECURE: 'sometimes' });
    expect(await run.exited).toBe(1);
    expect(run.output().stderr).toMatch(/PORT/);
    expect(run.output().stderr).toMatch(/SESSION_COOKIE_SECURE/);
  });

  it('serves, becomes ready, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'bff-login-main-'));
    const run = startMain({
      PORT: String(port),
      EVENT_LOG_URL: `sqlite:${join(dir, 'log.db')}`,
      SESSION_KEY_FILE: join(dir, 'key.pem'),
    });
    let ready = false;
    while (!ready && run.child.exitCode === null) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (res) => res.ok,
        () => false,
      );
    }
    expect(ready).toBe(true);
    const jwksUrl = `http://127.0.0.1:${port}/api/login/.well-known/jwks.json`;
    const jwks = (await (await fetch(jwksUrl)).json()) as { keys: unknown[] };
    expect(jwks.keys).toHaveLength(1);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.output().stdout).toMatch(/generated a development key/);
    expect(run.output().stdout).toMatch(/"msg":"stopped"/);
  });
});
