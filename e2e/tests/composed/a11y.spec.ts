import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../../support/a11y.js';
import { sharedEditorSession } from '../../support/accounts.js';
import { saveScreenshot } from '../../support/screenshots.js';
import { editorRoutes, signedOutRoutes } from '../../support/site-routes.js';
import { mainSlot, MOUNTED, waitForSettledPage } from '../../support/site.js';

// Every route, signed out and as an editor, at desktop and phone widths: axe finds nothing, and
// a full-page screenshot lands in e2e/artifacts/screenshots/ for a person to look at.

async function check(page: Page, name: string) {
  await waitForSettledPage(page);
  await saveScreenshot(page, name);
  await expectNoAxeViolations(page);
}

for (const { name, path } of signedOutRoutes) {
  test(`${name} (${path}) has no axe violations`, async ({ page }) => {
    await page.goto(path);
    await check(page, name);
  });
}

test.describe('at phone width', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const { name, path } of signedOutRoutes.filter((route) => route.phone)) {
    test(`${name} (${path}) has no axe violations`, async ({ page }) => {
      await page.goto(path);
      await check(page, `${name}-phone`);
    });
  }
});

test('the fallback alert of an app that cannot load has no axe violations', async ({ page }) => {
  await page.goto('/fixtures/missing');
  await expect(mainSlot(page).getByRole('alert')).toContainText(/unavailable/i, {
    timeout: 30_000,
  });
  await saveScreenshot(page, 'fallback');
  await expectNoAxeViolations(page);
});

test.describe('signed in as an editor', () => {
  test.beforeAll(async ({ browser, baseURL }) => {
    await sharedEditorSession(browser, baseURL!);
  });
  for (const { name, path } of editorRoutes) {
    test(`${name} (${path}) has no axe violations`, async ({ page, browser, baseURL }) => {
      const { cookies } = await sharedEditorSession(browser, baseURL!);
      await page.context().addCookies(cookies);
      await page.goto(path);
      await expect(page.locator('#tessera-slot-header-account').getByRole('button')).toBeVisible(
        MOUNTED,
      );
      await check(page, name);
    });
  }
});
