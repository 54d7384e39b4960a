// The conditions every page-bench load runs under: a new browser context (cold cache, cache
// disabled), a 100 ms round trip and a 4× slower CPU, emulated through the DevTools Protocol.
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';

export const RTT_MS = 100;
export const CPU_SLOWDOWN = 4;

export interface ThrottledPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
}

export async function openThrottledPage(browser: Browser): Promise<ThrottledPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: RTT_MS,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { context, page, cdp };
}

/**
 * Records when `selector` first matches a rendered element (in the next animation frame): the
 * promise `window.__contentShown` resolves to that time, and a `tessera-bench:content` mark is
 * left for traces. A string, not a function: tsx would wrap a function's inner names in a helper
 * the page lacks.
 */
export function contentProbe(selector: string): string {
  return `(() => {
    window.__contentShown = new Promise((resolve) => {
      let seen = false;
      const observer = new MutationObserver(() => {
        if (seen) return;
        const element = document.querySelector(${JSON.stringify(selector)});
        if (!element || element.getClientRects().length === 0) return;
        seen = true;
        observer.disconnect();
        requestAnimationFrame(() => {
          performance.mark('tessera-bench:content');
          resolve(performance.now());
        });
      });
      observer.observe(document, { childList: true, subtree: true, attributes: true });
    });
  })();`;
}

const CONTENT_TIMEOUT_MS = 60_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The probe's answer, or undefined when the page has none yet (or it did not come in time). */
async function askProbe(cdp: CDPSession, waitMs: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), waitMs);
  });
  const answer = cdp
    .send('Runtime.evaluate', {
      expression: 'window.__contentShown',
      awaitPromise: true,
      returnByValue: true,
    })
    .then(({ result }) => result.value as unknown)
    .catch(() => undefined);
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Waits for the content probe and answers its time (ms from navigation start). Asked over the
 * DevTools Protocol, not with `page.waitForFunction`: that evaluates Playwright's injected
 * script (hundreds of ms at 4× CPU) on the page's main thread in the middle of the load.
 */
export async function contentTime(cdp: CDPSession): Promise<number> {
  const deadline = Date.now() + CONTENT_TIMEOUT_MS;
  while (Date.now() < deadline) {
    // Right after the commit the probe may not have run yet: then there is no number to await.
    const answer = await askProbe(cdp, deadline - Date.now());
    if (typeof answer === 'number') return answer;
    await pause(50);
  }
  throw new Error(`the content did not show within ${CONTENT_TIMEOUT_MS / 1000} s`);
}
