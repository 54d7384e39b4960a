import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../../support/a11y.js';
import { sharedEditorSession } from '../../support/accounts.js';
import { saveScreenshot } from '../../support/screenshots.js';
import { mainSlot, MOUNTED, waitForSettledPage } from '../../support/site.js';

// Every route, as a reader and as an editor, at desktop and phone widths: axe finds nothing, and
// a full-page screenshot lands in e2e/artifacts/screenshots/ for a person to look at.

const SLUG = 'achebe-flood-plan-lowmoor';

const readerRoutes = [
  { name: 'front', path: '/' },
  { name: 'section', path: '/section/city' },
  { name: 'article', path: `/articles/${SLUG}` },
  { name: 'article-revision', path: `/articles/${SLUG}?revision=1` },
  { name: 'article-not-found', path: '/articles/no-such-story-in-brindlemouth' },
  { name: 'search', path: '/search?q=Saltgate' },
  { name: 'search-empty', path: '/search?q=zyxwvutsrq' },
  { name: 'search-start', path: '/search' },
  { name: 'login', path: '/login' },
  { name: 'register', path: '/register' },
  { name: 'account-signed-out', path: '/account' },
  { name: 'editor-signed-out', path: '/editor' },
  { name: 'not-found', path: '/no/such/page' },
];

async function check(page: Page, name: string) {
  await waitForSettledPage(page);
  await saveScreenshot(page, name);
  await expectNoAxeViolations(page);
}

for (const { name, path } of readerRoutes) {
  test(`${name} (${path}) has no axe violations`, async ({ page }) => {
    await page.goto(path);
    await check(page, name);
  });
}

test.describe('at phone width', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const { name, path } of readerRoutes.filter((r) =>
    /^(front|article|search)$/.test(r.name),
  )) {
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

  const editorRoutes = [
    { name: 'account', path: '/account' },
    { name: 'editor-new', path: '/editor' },
    { name: 'editor-revise', path: `/editor/${SLUG}` },
    { name: 'article-as-editor', path: `/articles/${SLUG}` },
  ];
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
