import { pino } from 'pino';
import { chromium, type Page } from 'playwright-core';
import type { EventLog } from '@tessera/log';
import { openEventLog } from '@tessera/log';
import { createEdge } from '@tessera/edge';
import type { MountCheck } from './commands.js';
import { DEPLOYS_STREAM } from './deploys.js';
import { CHROMIUM_ARGS } from './chromium.js';

export interface MountCheckOptions {
  assetsDir: string;
  /** The live log: its deploys stream is copied, then the candidate is activated on the copy. */
  log: EventLog;
  bffUrls: Record<string, string>;
  chromiumPath: string;
  timeoutMs?: number;
}

/** A first page path of a route pattern: `/articles/*` → `/articles/`. */
const pathOf = (route: string) => route.replace(/\*$/, '');

/** The live registry plus the candidate as current, in a private memory log, served by a private edge. */
async function previewEdge(options: MountCheckOptions, activation: Record<string, unknown>) {
  const preview = await openEventLog('memory:', { producer: 'tessera-verify' });
  const live = await options.log.read(DEPLOYS_STREAM, { limit: 100_000 });
  const copy = live.map(({ type, key, data }) => ({ type, key, data }));
  await preview.append(DEPLOYS_STREAM, [
    ...copy,
    { type: 'deploy.activated', key: String(activation.app), data: activation },
  ]);
  const edge = await createEdge({
    assetsDir: options.assetsDir,
    eventLog: preview,
    bffUrls: options.bffUrls,
    logger: pino({ level: 'silent' }),
  });
  await edge.listen({ port: 0, host: '127.0.0.1' });
  const address = edge.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    async close() {
      await edge.close();
      await preview.close();
    },
  };
}

/** Runs in the page: resolves once it has painted twice and run a task, so mount effects ran. */
const AFTER_MOUNT_EFFECTS =
  'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0))))';

/**
 * Opens the candidate's route in headless Chromium inside the real shell (served by a private
 * edge whose registry has the candidate current) and waits for the shell to list it as mounted.
 * Any console error, page error or failure event fails the check. `warmUp` starts Chromium
 * early (during the build); `close` stops it if the check never ran.
 */
export function createMountCheck(options: MountCheckOptions): MountCheck {
  const timeoutMs = options.timeoutMs ?? 15_000;
  // One blank page in a fresh browser: opening it takes as long as launching on a busy box.
  let launching: Promise<Page> | undefined;
  const launch = () =>
    (launching ??= chromium
      .launch({ executablePath: options.chromiumPath, args: CHROMIUM_ARGS })
      .then((browser) => browser.newPage()));
  const check: MountCheck = async ({ app, version, activation }) => {
    const name = 'headless mount';
    const [edge, page] = await Promise.all([previewEdge(options, activation), launch()]);
    const errors: string[] = [];
    try {
      page.on('console', (m) => {
        // The BFFs may be down while deploying; an API answer is not the candidate's mount.
        if (m.type() === 'error' && !m.location().url.includes('/api/')) errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      const route = pathOf((activation.routes as string[])[0] ?? '/');
      await page.goto(`${edge.origin}${route}`);
      const mounted = page.locator(`[data-app="${app}"][data-version="${version}"]`);
      const failed = page.locator(`[data-tessera-fallback="${app}"]`);
      await mounted
        .or(failed)
        .first()
        .waitFor({ timeout: timeoutMs })
        .catch(() => {
          errors.push(`not mounted within ${timeoutMs} ms`);
        });
      if ((await failed.count()) > 0) errors.push('the shell showed its fallback');
      // A failure reported by the mount's own effects still counts.
      await page.evaluate(AFTER_MOUNT_EFFECTS);
    } finally {
      launching = undefined;
      await page.context().browser()?.close();
      await edge.close();
    }
    if (errors.length === 0)
      return { name, ok: true, detail: `mounted at ${app}'s route with no console errors` };
    return {
      name,
      ok: false,
      detail: `${[...new Set(errors)].slice(0, 3).join(' | ')}. Open the route with the app's dev server to see why.`,
    };
  };
  check.warmUp = () => {
    // A launch failure surfaces when the check awaits it; here it must not be unhandled.
    launch().catch(() => undefined);
  };
  check.close = async () => {
    const pending = launching;
    launching = undefined;
    await (await pending?.catch(() => undefined))?.context().browser()?.close();
  };
  return check;
}
