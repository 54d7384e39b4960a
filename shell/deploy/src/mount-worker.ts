// The mount check's own process: it loads Playwright and the edge and launches Chromium on the
// other core while the CLI builds and uploads, then answers one MountRequest and exits.
// Loaded in the CLI's process, the imports alone held its event loop for 1.5-2 s.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type { Page, BrowserType } from 'playwright-core';
import { MOUNT_CHECK_CHROMIUM_ARGS, chromiumStartHint } from './chromium.js';
import type { MountPrepare, MountReply, MountRequest, WorkerStart } from './mount-protocol.js';
import { previewEdge, type PreviewEdge } from './preview-edge.js';

// Required, not imported: an ESM import of this CommonJS package has Node scan its 3.6 MB
// bundle for export names first, 150-300 ms of CPU taken from the build beside it.
const { chromium } = createRequire(import.meta.url)('playwright-core') as { chromium: BrowserType };

const LAUNCH_TIMEOUT_MS = 60_000;

/** Runs in the page: resolves once it has painted twice and run a task, so mount effects ran. */
const AFTER_MOUNT_EFFECTS =
  'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0))))';

/** An empty page with no favicon to fetch: nothing it asks for can fail after it loaded. */
const WARM_PAGE = '<!doctype html><link rel="icon" href="data:,"><title>warm</title>';

/**
 * Opens an empty page of 127.0.0.1 served here, while nothing waits for it: the check's page,
 * on the same host, then gets a renderer that has started and loaded a page already. The
 * server stays up until the process exits, so no late request of that page is refused.
 */
async function warmRenderer(page: Page) {
  const server = createServer((_, response) => response.end(WARM_PAGE)).unref();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
}

async function openWarmPage({ chromiumPath }: WorkerStart): Promise<Page> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: MOUNT_CHECK_CHROMIUM_ARGS,
    timeout: LAUNCH_TIMEOUT_MS,
  });
  const page = await browser.newPage();
  await warmRenderer(page);
  return page;
}

/** Opens the candidate's page; every console error, page error or the shell's fallback is one. */
async function mountErrors(page: Page, origin: string, request: MountRequest): Promise<string[]> {
  const { app, version, path, timeoutMs } = request;
  const errors: string[] = [];
  page.on('console', (m) => {
    // The BFFs may be down while deploying; an API answer is not the candidate's mount.
    if (m.type() === 'error' && !m.location().url.includes('/api/')) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const opened = await page.goto(`${origin}${path}`, { timeout: timeoutMs }).then(
    () => true,
    (error: Error) => errors.push(`cannot open ${path}: ${error.message}`) === 0,
  );
  if (!opened) return errors;
  const mounted = page.locator(`[data-app="${app}"][data-version="${version}"]`);
  const failed = page.locator(`[data-tessera-fallback="${app}"]`);
  await mounted
    .or(failed)
    .first()
    .waitFor({ timeout: timeoutMs })
    .catch(() => errors.push(`not mounted within ${timeoutMs} ms`));
  if ((await failed.count()) > 0) errors.push('the shell showed its fallback');
  // A failure reported by the mount's own effects still counts; a page that stops painting is one.
  const painted = await Promise.race([
    page.evaluate(AFTER_MOUNT_EFFECTS).then(() => true),
    new Promise<false>((late) => setTimeout(late, timeoutMs, false).unref()),
  ]);
  if (!painted) errors.push(`did not paint again within ${timeoutMs} ms of mounting`);
  return errors;
}

async function answer(
  start: WorkerStart,
  request: MountRequest,
  pageReady: Promise<Page>,
  edgeReady: Promise<PreviewEdge> | undefined,
): Promise<MountReply> {
  let page: Page;
  try {
    page = await pageReady;
  } catch (error) {
    const why = (error as Error).message;
    return {
      failure: `Chromium (${start.chromiumPath}) did not start: ${why}. ${chromiumStartHint(start.chromiumPath)}`,
    };
  }
  if (!edgeReady) return { failure: 'the check came before the live deploys stream' };
  const started = performance.now();
  const edge = await edgeReady;
  await edge.serve(request.deploys, request.timeoutMs);
  const edgeMs = Math.round(performance.now() - started);
  try {
    const errors = await mountErrors(page, edge.origin, request);
    return { errors, edgeMs, pageMs: Math.round(performance.now() - started) - edgeMs };
  } finally {
    // Not awaited: the page still holds connections to it, and the answer must not wait on them
    // (the process exits once it has answered, which ends them).
    edge.close().catch(() => undefined);
  }
}

// Exiting is how the browser closes: Playwright's exit handler kills Chromium and removes its
// profile, without a graceful close for the CLI to wait on. The CLI gone or done ends it too,
// and so does the SIGTERM the CLI sends a worker that has not exited after disconnecting.
const exit = () => process.exit(0);
process.on('disconnect', exit);
process.on('SIGTERM', exit);
// A disconnect while the imports above were loading had no handler to hear it.
if (!process.connected) exit();

const start = JSON.parse(process.argv[2] ?? '{}') as WorkerStart;
const pageReady = openWarmPage(start);
// A launch failure is the answer to the check; until one is asked it must not be unhandled.
pageReady.catch(() => undefined);
// The private edge starts on the live stream while the CLI builds; the check adds the candidate.
let edgeReady: Promise<PreviewEdge> | undefined;
process.on('message', (message: MountPrepare | MountRequest) => {
  if (message.kind === 'prepare') {
    edgeReady = previewEdge(message);
    // A failed start is the answer to the check; until one is asked it must not be unhandled.
    edgeReady.catch(() => undefined);
    return;
  }
  answer(start, message, pageReady, edgeReady)
    .catch((error: Error): MountReply => ({ failure: error.message }))
    .then((reply) => process.send!(reply, () => process.exit(0)));
});
