import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../../support/a11y.js';
import {
  startSiteWithBffDown,
  type BffName,
  type DegradedSite,
} from '../../support/degraded-site.js';
import { saveScreenshot } from '../../support/screenshots.js';
import { accountSlot, appIn, headerSearch, MOUNTED, searchFromHeader } from '../../support/site.js';

// With one BFF down, its MFE shows its degraded state and the other two keep working. Each
// case gets its own edge whose URL for that BFF is a closed port (support/degraded-site.ts).

const sites = new Map<BffName, DegradedSite>();

test.beforeAll(async ({ baseURL }) => {
  const sitePort = Number(new URL(baseURL!).port);
  const down: BffName[] = ['login', 'search', 'articles'];
  for (const [i, name] of down.entries()) {
    sites.set(name, await startSiteWithBffDown({ down: name, port: sitePort + 20 + i, sitePort }));
  }
});

test.afterAll(async () => {
  await Promise.all([...sites.values()].map((site) => site.close()));
});

const at = (down: BffName, path: string) => `${sites.get(down)!.url}${path}`;

async function expectFrontPageWorks(page: Page) {
  await expect(appIn(page, 'articles').getByRole('heading', { level: 2 }).first()).toBeVisible(
    MOUNTED,
  );
  await expect(appIn(page, 'articles').getByRole('alert')).toHaveCount(0);
}

async function expectSearchWorks(page: Page) {
  await searchFromHeader(page, 'Saltgate');
  await expect(appIn(page, 'search').getByRole('status')).toHaveText(/^\d+ results? for /, MOUNTED);
}

test('with bff-search down, search says so and articles and sign-in still work', async ({
  page,
}) => {
  await page.goto(at('search', '/search?q=Saltgate'));
  const degraded = appIn(page, 'search').getByRole('alert');
  await expect(degraded).toContainText('Search is unavailable right now.', MOUNTED);
  await expect(degraded.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'degraded-search');

  await page.getByRole('link', { name: 'Tessera News' }).click();
  await expectFrontPageWorks(page);
  await accountSlot(page).getByRole('link', { name: 'Sign in' }).click();
  await expect(appIn(page, 'login').getByLabel('Email')).toBeVisible(MOUNTED);
});

test('with bff-articles down, the newsroom says so and search and accounts still work', async ({
  page,
}) => {
  await page.goto(at('articles', '/'));
  const degraded = appIn(page, 'articles').getByRole('alert');
  await expect(degraded).toContainText('The newsroom is unavailable right now.', MOUNTED);
  await expect(degraded.getByRole('button', { name: 'Try again' })).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'degraded-articles');

  await expectSearchWorks(page);
  await page.goto(at('articles', '/account'));
  await expect(appIn(page, 'login')).toContainText('You are not signed in', MOUNTED);
});

test('with bff-login down, accounts say so and articles and search still work', async ({
  page,
}) => {
  await page.goto(at('login', '/account'));
  const degraded = appIn(page, 'login').getByRole('alert');
  await expect(degraded).toContainText('Accounts are unavailable right now.', MOUNTED);
  await expect(degraded.getByRole('button', { name: 'Try again' })).toBeVisible();
  // The header offers sign-in: it cannot know of a session it cannot ask about.
  await expect(accountSlot(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expectNoAxeViolations(page);
  await saveScreenshot(page, 'degraded-login');

  await page.getByRole('link', { name: 'Tessera News' }).click();
  await expectFrontPageWorks(page);
  await expect(headerSearch(page)).toBeVisible();
  await expectSearchWorks(page);
});
