import { expect, test } from '@playwright/test';
import { collectPageErrors } from '../../support/console.js';

const routes = [
  { path: '/', app: 'articles' },
  { path: '/section/world', app: 'articles' },
  { path: '/articles/achebe-flood-plan-lowmoor', app: 'articles' },
  { path: '/editor', app: 'articles' },
  { path: '/search?q=harbour', app: 'search' },
  { path: '/login', app: 'login' },
  { path: '/register', app: 'login' },
  { path: '/account', app: 'login' },
];

for (const { path, app } of routes) {
  test(`${path} renders the ${app} app in the main slot without console errors`, async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const main = page.locator('#tessera-slot-main');
    await expect(main.locator(`[data-app="${app}"]`)).toBeVisible();
    await expect(main.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByTestId('app-versions')).toContainText(app);
    expect(errors).toEqual([]);
  });
}

test('an unknown path gets the shell 404 page with status 404', async ({ page }) => {
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page
    .getByRole('link', { name: /home|front page/i })
    .first()
    .click();
  await expect(page.locator('#tessera-slot-main [data-app="articles"]')).toBeVisible();
});
