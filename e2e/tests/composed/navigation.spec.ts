import { expect, test } from '@playwright/test';

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

test('the header search box works from every app', async ({ page }) => {
  for (const path of ['/', '/login']) {
    await page.goto(path);
    const box = page.getByRole('searchbox', { name: 'Search articles' });
    await box.fill('harbour lights');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=harbour(\+|%20)lights$/);
    await expect(page.locator('#tessera-slot-main [data-app="search"]')).toContainText(
      'harbour lights',
    );
  }
});
