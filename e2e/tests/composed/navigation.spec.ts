import { expect, test } from '@playwright/test';
import { sharedEditorSession } from '../../support/accounts.js';
import {
  accountSlot,
  appIn,
  MOUNTED,
  searchFromHeader,
  waitForSettledPage,
} from '../../support/site.js';

test('moving between apps mounts each one and leaves nothing of the last behind', async ({
  page,
}) => {
  await page.goto('/');
  const main = page.locator('#tessera-slot-main');
  await expect(main.locator('[data-app="articles"]')).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search$/);
  await expect(main.locator('[data-app="search"]')).toBeVisible();
  await expect(main.locator('[data-app="articles"]')).toHaveCount(0);

  await page.goto('/login');
  await expect(main.locator('[data-app="login"]')).toBeVisible();
  await page.goBack();
  await expect(main.locator('[data-app="search"]')).toBeVisible();
  await expect(main.locator('[data-app="login"]')).toHaveCount(0);

  await page.getByRole('link', { name: 'Tessera News' }).click();
  await expect(main.locator('[data-app="articles"]')).toBeVisible();
  await expect(main.locator('[data-app]')).toHaveCount(1);
});

const everyRoute = [
  '/',
  '/section/city',
  '/articles/achebe-flood-plan-lowmoor',
  '/search?q=tides',
  '/login',
  '/register',
  '/no/such/page',
  // Signed in as an editor:
  '/account',
  '/editor',
];

test('the header search box works from every route', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const { account, cookies } = await sharedEditorSession(browser, baseURL!);
  for (const path of everyRoute) {
    if (path === '/account') await page.context().addCookies(cookies);
    await page.goto(path);
    if (path === '/account') {
      await expect(accountSlot(page).getByRole('button', { name: account.name })).toBeVisible(
        MOUNTED,
      );
    }
    await waitForSettledPage(page);
    await searchFromHeader(page, 'harbour lights');
    await expect(page, `searching from ${path}`).toHaveURL(/\/search\?q=harbour(\+|%20)lights$/);
    await expect(appIn(page, 'search').getByRole('status')).toHaveText(
      /^\d+ results? for harbour lights/,
      MOUNTED,
    );
  }
});
