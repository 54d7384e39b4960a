import { expect, test } from '@playwright/test';
import { collectPageErrors } from '../../support/console.js';
import { shellNotFound, signedOutRoutes } from '../../support/site-routes.js';

const appRoutes = signedOutRoutes.filter((route) => route.owner !== 'shell');
// What Chromium logs for any 404 answer; a route naming a missing article gets exactly this one.
const notFoundLog =
  'console: Failed to load resource: the server responded with a status of 404 (Not Found)';

for (const { path, owner: app, missing } of appRoutes) {
  const logs = missing ? 'logging only its 404' : 'without console errors';
  test(`${path} renders the ${app} app in the main slot ${logs}`, async ({ page }) => {
    const errors = collectPageErrors(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const main = page.locator('#tessera-slot-main');
    await expect(main.locator(`[data-app="${app}"]`)).toBeVisible();
    await expect(main.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(page.getByTestId('app-versions')).toContainText(app);
    expect(errors).toEqual(missing ? [notFoundLog] : []);
  });
}

test('an unknown path gets the shell 404 page with status 404', async ({ page }) => {
  const response = await page.goto(shellNotFound.path);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await page
    .getByRole('link', { name: /home|front page/i })
    .first()
    .click();
  await expect(page.locator('#tessera-slot-main [data-app="articles"]')).toBeVisible();
});
