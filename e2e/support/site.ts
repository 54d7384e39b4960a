import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** The first assertion after a page load waits for remotes to load and mount: slow on 2 cores. */
export const MOUNTED = { timeout: 20_000 };

export const mainSlot = (page: Page) => page.locator('#tessera-slot-main');
export const appIn = (page: Page, app: string) => mainSlot(page).locator(`[data-app="${app}"]`);
export const accountSlot = (page: Page) => page.locator('#tessera-slot-header-account');
export const headerSearch = (page: Page) =>
  page.getByRole('searchbox', { name: 'Search articles' });

/**
 * Waits until the page shows what it will keep showing: a main heading, the header parcels
 * mounted, and no "Loading…" or "Checking…" line left in the main slot.
 */
export async function waitForSettledPage(page: Page): Promise<void> {
  await expect(mainSlot(page).getByRole('heading', { level: 1 })).toHaveCount(1, MOUNTED);
  await expect(headerSearch(page)).toBeVisible(MOUNTED);
  await expect(
    accountSlot(page)
      .getByRole('link', { name: 'Sign in' })
      .or(accountSlot(page).getByRole('button')),
  ).toBeVisible(MOUNTED);
  await expect(mainSlot(page).getByText(/^(Loading|Checking) .*…$/)).toHaveCount(0, MOUNTED);
}

/** Searches from the header box, wherever the page is. */
export async function searchFromHeader(page: Page, words: string): Promise<void> {
  const box = headerSearch(page);
  await box.fill(words);
  await box.press('Enter');
}

interface HitTitles {
  hits: { title: { text: string }[] }[];
}

/** The headlines the search BFF answers for `q`, asked through the edge as the page would. */
export async function searchHeadlines(request: APIRequestContext, q: string): Promise<string[]> {
  const response = await request.get(`/api/search?q=${encodeURIComponent(q)}`);
  if (!response.ok()) return [`search answered ${response.status()}`];
  const body = (await response.json()) as HitTitles;
  return body.hits.map((hit) => hit.title.map((segment) => segment.text).join(''));
}
