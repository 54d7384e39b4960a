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
 * Records when `selector` first matches a rendered element (in the next animation frame) as
 * `window.__contentAt`, and marks it `tessera-bench:content` for traces. A string, not a
 * function: tsx would wrap a function's inner names in a helper the page lacks.
 */
export function contentProbe(selector: string): string {
  return `(() => {
    let seen = false;
    const observer = new MutationObserver(() => {
      if (seen) return;
      const element = document.querySelector(${JSON.stringify(selector)});
      if (!element || element.getClientRects().length === 0) return;
      seen = true;
      observer.disconnect();
      requestAnimationFrame(() => {
        window.__contentAt = performance.now();
        performance.mark('tessera-bench:content');
      });
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  })();`;
}

/** Waits for the content probe and answers its time (ms from navigation start). */
export async function contentTime(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => (globalThis as unknown as { __contentAt?: number }).__contentAt,
    undefined,
    { timeout: 60_000, polling: 100 },
  );
  return (await handle.jsonValue()) as number;
}
