import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openEventLog, type EventLog } from '@tessera/log';
import { sharedLogs, type SharedLog } from '@tessera/log/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTICLES_STREAM } from './projection.js';
import { article, published } from './testing/fixture.js';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));
const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Polls `check` until it passes; the child process needs time to start and to follow. */
async function eventually(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.each(sharedLogs)('bff-search as its own process on %s', (_name, openShared) => {
  let shared: SharedLog;
  let log: EventLog;
  let child: ChildProcess | undefined;
  beforeEach(async () => {
    shared = await openShared();
    log = await openEventLog(shared.url, { producer: 'test' });
  });
  afterEach(async () => {
    child?.kill('SIGKILL');
    await log.close();
    await shared.dispose();
  });

  it('indexes events another process appends, and stops cleanly on SIGTERM', async () => {
    await log.append(ARTICLES_STREAM, [
      published(article(1, { title: 'Lighthouse keeper retires' })),
    ]);
    const port = await freePort();
    let stderr = '';
    child = spawn(process.execPath, ['--import', tsx, main], {
      env: {
        ...process.env,
        PORT: String(port),
        EVENT_LOG_URL: shared.url,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    const base = `http://127.0.0.1:${port}`;
    const slugs = async (q: string) => {
      const body = (await (await fetch(`${base}/api/search?q=${q}`)).json()) as {
        hits: { slug: string }[];
      };
      return body.hits.map((hit) => hit.slug);
    };

    await eventually(async () => (await fetch(`${base}/readyz`)).status === 200);
    expect(await slugs('lighthouse')).toEqual(['story-1']);

    await log.append(ARTICLES_STREAM, [
      published(article(2, { title: 'Lighthouse museum opens' })),
    ]);
    await eventually(async () => (await slugs('museum')).length === 1);
    expect((await slugs('lighthouse')).sort()).toEqual(['story-1', 'story-2']);

    const exited = new Promise<number | null>((resolve) => child!.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited, stderr).toBe(0);
  });
});
