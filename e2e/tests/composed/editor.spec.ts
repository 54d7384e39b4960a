import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../../support/a11y.js';
import { createEditor, newAccount } from '../../support/accounts.js';
import { saveScreenshot } from '../../support/screenshots.js';
import {
  accountSlot,
  appIn,
  MOUNTED,
  searchFromHeader,
  searchHeadlines,
  waitForSettledPage,
} from '../../support/site.js';

// The editor's journey on the composed site, watched by a reader in a second browser context.
// Publishing answers once bff-articles has applied the event; bff-search indexes the same event
// from the log, and the contract is that search finds it within about a second.
const SEARCHABLE = { timeout: 1_500 };
const HASHING = { timeout: 30_000 };

/** Letters only, so the search tokenizer keeps it whole; unique per run. */
function inventedWord(prefix: string): string {
  const letters = Date.now()
    .toString(26)
    .replace(/\d/g, (d) => 'qrstuvwxyz'[Number(d)]!);
  return `${prefix}${letters}`;
}

const articles = (page: Page) => appIn(page, 'articles');
const editLink = (page: Page) => articles(page).getByRole('link', { name: 'Edit this article' });

/** Marks the document, so a later check can tell that no reload happened in between. */
async function markDocument(page: Page) {
  await page.evaluate(() => document.documentElement.setAttribute('data-journey', 'same-page'));
}
async function expectSameDocument(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-journey', 'same-page');
}

async function publishResponse(page: Page, click: () => Promise<void>) {
  const answered = page.waitForResponse(
    (r) => new URL(r.url()).pathname.startsWith('/api/articles') && r.request().method() !== 'GET',
  );
  await click();
  const response = await answered;
  expect(response.status(), await response.text()).toBeLessThan(300);
}

test('an editor publishes, revises and retracts; a reader sees it live and search follows', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const editor = newAccount('Ines Calloway');
  await createEditor(editor);
  const oldWord = inventedWord('Quillmarsh');
  const newWord = inventedWord('Brackenfold');
  const headline = `Night ferry ${oldWord} returns to the estuary`;
  const revised = `Estuary ferry ${newWord} sails again`;

  const reader = await (await browser.newContext({ baseURL })).newPage();
  await reader.goto('/');
  await waitForSettledPage(reader);

  // Signed out, an article offers no editor controls; signing in adds them without a reload.
  await page.goto('/articles/achebe-flood-plan-lowmoor');
  await waitForSettledPage(page);
  await expect(editLink(page)).toHaveCount(0);
  await markDocument(page);
  await accountSlot(page).getByRole('link', { name: 'Sign in' }).click();
  const login = appIn(page, 'login');
  await login.getByLabel('Email').fill(editor.email);
  await login.getByLabel('Password').fill(editor.password);
  // The login BFF learns of the new account from the log a moment after the command ends.
  await expect(async () => {
    await login.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/account$/, { timeout: 5_000 });
  }).toPass(HASHING);
  await expect(accountSlot(page).getByRole('button', { name: editor.name })).toBeVisible();
  await page.goBack();
  await page.goBack();
  await expect(editLink(page)).toBeVisible(MOUNTED);
  await expectSameDocument(page);

  // Publish from the editor.
  await page.getByRole('navigation').getByRole('link', { name: 'Editor' }).click();
  await expect(articles(page).getByRole('heading', { level: 1 })).toHaveText('New article');
  await articles(page).getByLabel('Headline', { exact: true }).fill(headline);
  await articles(page).getByLabel('Summary', { exact: true }).fill('The night ferry is back.');
  await articles(page)
    .getByLabel('Body', { exact: true })
    .fill('After a winter in dry dock the **night ferry** crosses again at nine.');
  await articles(page).getByLabel('Section', { exact: true }).fill('city');
  await articles(page).getByLabel('Tags', { exact: true }).fill('ferries, estuary');
  await publishResponse(page, () =>
    articles(page).getByRole('button', { name: 'Publish' }).click(),
  );
  await expect.poll(() => searchHeadlines(page.request, oldWord), SEARCHABLE).toEqual([headline]);
  await expect(page).toHaveURL(/\/articles\/[a-z0-9-]+$/);
  await expect(articles(page).getByRole('heading', { level: 1 })).toHaveText(headline);
  const articlePath = new URL(page.url()).pathname;

  // The reader's front page hears of it and shows it on request.
  const banner = articles(reader)
    .getByRole('status')
    .filter({ hasText: /new article/ });
  await expect(banner).toContainText(headline, MOUNTED);
  await expectNoAxeViolations(reader);
  await saveScreenshot(reader, 'live-banner');
  await banner.getByRole('button', { name: 'Show' }).click();
  await expect(articles(reader).getByRole('link', { name: headline })).toBeVisible();
  await expect(articles(reader).getByText(/new article/)).toHaveCount(0);

  // The reader finds it with the header search and opens it.
  await searchFromHeader(reader, oldWord);
  await appIn(reader, 'search').getByRole('link', { name: headline }).click();
  await expect(reader).toHaveURL(articlePath);
  await expect(articles(reader).getByRole('heading', { level: 1 })).toHaveText(headline);

  // Revise the headline: search follows.
  await editLink(page).click();
  await expect(articles(page).getByRole('heading', { level: 1 })).toHaveText('Edit article');
  await articles(page).getByLabel('Headline', { exact: true }).fill(revised);
  await publishResponse(page, () =>
    articles(page).getByRole('button', { name: 'Save revision' }).click(),
  );
  await expect.poll(() => searchHeadlines(page.request, newWord), SEARCHABLE).toEqual([revised]);
  expect(await searchHeadlines(page.request, oldWord)).toEqual([]);
  await expect(articles(page).getByRole('heading', { level: 1 })).toHaveText(revised);

  // Retract: gone from the front page and from search.
  await editLink(page).click();
  await articles(page).getByLabel('Reason for retraction').fill('Published by mistake.');
  await publishResponse(page, () =>
    articles(page).getByRole('button', { name: 'Retract' }).click(),
  );
  await expect.poll(() => searchHeadlines(page.request, newWord), SEARCHABLE).toEqual([]);
  await expect(articles(page).getByRole('heading', { level: 1 })).toHaveText('Article retracted');
  await reader.goto('/');
  await waitForSettledPage(reader);
  await expect(articles(reader).getByRole('link', { name: revised })).toHaveCount(0);
  await searchFromHeader(reader, newWord);
  await expect(appIn(reader, 'search').getByRole('status')).toHaveText(/^0 results for /);

  // Signing out takes the editor controls away, again without a reload.
  // After a reload the header menu learns the session from the login BFF and tells the page;
  // waiting on the menu first tells a lost session (no name) from a lost announcement.
  await page.goto('/articles/achebe-flood-plan-lowmoor');
  await expect(accountSlot(page).getByRole('button', { name: editor.name })).toBeVisible(MOUNTED);
  await expect(editLink(page)).toBeVisible(MOUNTED);
  await markDocument(page);
  await accountSlot(page).getByRole('button', { name: editor.name }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(editLink(page)).toHaveCount(0);
  await expectSameDocument(page);
  await reader.context().close();
});
