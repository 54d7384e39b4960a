import { expect, type Page } from '@playwright/test';
import { rollbackCommand } from '@tessera/deploy';
import { candidate, replaceInScripts, test } from '../../support/deploying.js';

const APP = 'fixture-healthy';
const appRow = (page: Page) => page.locator(`[data-testid="platform-apps"] tr[data-app="${APP}"]`);
const newestEvent = (page: Page) =>
  page.locator('[data-testid="platform-history"] tbody tr').first();
const failRate = (page: Page) => page.locator('[data-metric="change-fail-rate"]');

/** Rollbacks and aborts counted by the page's change-fail-rate note. */
async function failures(page: Page): Promise<number> {
  const note = await failRate(page).locator('.t-platform__note').textContent();
  return Number(/^(\d+) rollbacks/.exec(note ?? '')?.[1]);
}

/** The edge follows the log asynchronously: reload until the newest history row is `kind`. */
async function reloadUntilNewest(page: Page, kind: string) {
  await expect(async () => {
    await page.reload();
    await expect(newestEvent(page)).toHaveAttribute('data-kind', kind, { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
}

test('/platform shows the versions and the deploy in its history; a rollback raises the change-fail rate', async ({
  page,
  deployer,
}) => {
  const remotes: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith('/assets/') && !path.startsWith('/assets/shell/')) remotes.push(path);
  });
  const before = await deployer.current(APP);
  await deployer.deploy(
    await candidate('healthy', (dir) =>
      replaceInScripts(dir, 'Fixture healthy', 'Fixture healthy platform'),
    ),
  );
  const deployed = (await deployer.current(APP))!;

  await page.goto('/platform');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Platform');
  await reloadUntilNewest(page, 'activated');
  await expect(appRow(page).locator('td').nth(0)).toHaveText(deployed);
  await expect(appRow(page).locator('td').nth(1)).toHaveText(before!);
  await expect(newestEvent(page)).toHaveAttribute('data-kind', 'activated');
  await expect(newestEvent(page)).toContainText(deployed);
  await expect(page.getByTestId('platform-window')).toContainText('Over the last 30 days');
  const failuresBefore = await failures(page);
  expect(remotes).toEqual([]);

  await rollbackCommand(deployer.ctx, APP);
  await reloadUntilNewest(page, 'rolled-back');
  await expect(newestEvent(page)).toContainText(`${deployed} → ${before}`);
  await expect(appRow(page).locator('td').nth(0)).toHaveText(before!);
  expect(await failures(page)).toBe(failuresBefore + 1);
  await expect(failRate(page).locator('.t-platform__value')).toHaveText(/^\d+%$/);
  expect(remotes).toEqual([]);
});

test('the footer links to /platform from any page, without a page load', async ({ page }) => {
  await page.goto('/fixtures/healthy');
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await page.getByRole('link', { name: 'Platform: versions and deploys' }).click();
  await expect(page).toHaveURL(/\/platform$/);
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
  await expect(page.getByRole('table', { name: 'Versions live now' })).toBeVisible();
});
