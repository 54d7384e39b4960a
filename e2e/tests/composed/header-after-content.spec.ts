import { expect, test, type Page } from '@playwright/test';
import { accountSlot, appIn, headerSearch, MOUNTED } from '../../support/site.js';

// The header parcels (search box, account menu) mount after the route's app has announced its
// first content (tessera:content-shown), so their downloads never compete with it. On `/` only
// the header parcels come from the search and login remotes.
const FRONT_API = '**/api/articles/front*';
const PARCEL_ASSET = /^\/assets\/(search|login)\//;

/** Records, in the page's clock, when the first front-page section heading was in the DOM. */
async function recordContentTime(page: Page) {
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('#tessera-slot-main h2[id^="front-"]')) return;
      (window as unknown as { contentAt: number }).contentAt = performance.now();
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/** When the content showed, and when each request for a parcel's remote started. */
async function contentAndParcelRequests(
  page: Page,
): Promise<{ contentAt: number; parcelStarts: number[] }> {
  return page.evaluate((pattern) => {
    const starts = performance
      .getEntriesByType('resource')
      .filter((entry) => new RegExp(pattern).test(new URL(entry.name).pathname))
      .map((entry) => entry.startTime);
    return {
      contentAt: (window as unknown as { contentAt: number }).contentAt,
      parcelStarts: starts,
    };
  }, PARCEL_ASSET.source);
}

test('on the front page, the header parcels start loading only after the stories show', async ({
  page,
}) => {
  // The stories arrive late, as on a slow network: long after the app has mounted.
  await page.route(FRONT_API, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue().catch(() => undefined);
  });
  await recordContentTime(page);
  await page.goto('/');
  await expect(appIn(page, 'articles').getByRole('heading', { level: 2 }).first()).toBeVisible(
    MOUNTED,
  );
  await expect(headerSearch(page)).toBeVisible(MOUNTED);
  await expect(accountSlot(page).getByRole('link', { name: 'Sign in' })).toBeVisible(MOUNTED);

  const { contentAt, parcelStarts } = await contentAndParcelRequests(page);
  expect(contentAt).toBeGreaterThan(0);
  expect(parcelStarts.length).toBeGreaterThan(0);
  expect(Math.min(...parcelStarts)).toBeGreaterThan(contentAt);
});

test('when the stories never arrive, the header parcels still mount', async ({ page }) => {
  await page.route(FRONT_API, () => undefined);
  await page.goto('/');
  await expect(appIn(page, 'articles').getByRole('status')).toContainText('Loading', MOUNTED);
  await expect(headerSearch(page)).toBeVisible(MOUNTED);
  await expect(accountSlot(page).getByRole('link', { name: 'Sign in' })).toBeVisible(MOUNTED);
  await expect(appIn(page, 'articles').getByRole('heading', { level: 2 })).toHaveCount(0);
});
