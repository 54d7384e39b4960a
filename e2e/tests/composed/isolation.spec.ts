import { expect, test } from '@playwright/test';

const main = '#tessera-slot-main';

test('a remote that 404s shows a fallback in its slot, the rest keeps working, and Retry recovers', async ({
  page,
}) => {
  await page.route('**/assets/search/**', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/search?q=tides');
  const alert = page.locator(main).getByRole('alert');
  await expect(alert).toContainText(/unavailable/i, { timeout: 20_000 });
  await expect(page.getByRole('link', { name: 'Tessera News' })).toBeVisible();

  await page.getByRole('link', { name: 'Tessera News' }).click();
  await expect(page.locator(`${main} [data-app="articles"]`)).toBeVisible();
  await page.goBack();
  await expect(page.locator(main).getByRole('alert')).toContainText(/unavailable/i, {
    timeout: 20_000,
  });

  await page.unroute('**/assets/search/**');
  await page.locator(main).getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator(`${main} [data-app="search"]`)).toBeVisible();
  await expect(page.locator(main).getByRole('alert')).toHaveCount(0);
});

const fixtures = [
  { path: '/fixtures/missing', failure: 'a manifest that 404s' },
  { path: '/fixtures/throws', failure: 'an app that throws in mount' },
  { path: '/fixtures/hangs', failure: 'an app whose mount never resolves' },
];

for (const { path, failure } of fixtures) {
  test(`${failure} shows the fallback and leaves the header working`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator(main).getByRole('alert')).toContainText(/unavailable/i, {
      timeout: 30_000,
    });
    await expect(page.locator(main).getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search articles' })).toBeVisible();
    await page.getByRole('link', { name: 'Tessera News' }).click();
    await expect(page.locator(`${main} [data-app="articles"]`)).toBeVisible();
  });
}

test('when the current release fails to load, the last known good one is mounted', async ({
  page,
}) => {
  await page.goto('/fixtures/fallback');
  await expect(page.locator(main)).toContainText('Fixture healthy');
  await expect(page.locator(main).getByRole('alert')).toHaveCount(0);
});
