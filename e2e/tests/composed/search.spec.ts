import { expect, test, type Page } from '@playwright/test';

// Against the composed site: bff-search indexes the seeded Brindlemouth corpus (62 articles).

const WORD = 'Saltgate';

function app(page: Page) {
  return page.locator('#tessera-slot-main [data-app="search"]');
}

/** The number of results the page reports ("12 results for …"). */
async function totalOf(page: Page): Promise<number> {
  const status = app(page).getByRole('status');
  await expect(status).toHaveText(/^\d+ results? for /);
  return Number((await status.textContent())?.match(/^(\d+)/)?.[1]);
}

test('a word from the corpus finds highlighted hits; a facet narrows them; back restores', async ({
  page,
}) => {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: 'Search articles' });
  await box.fill(WORD);
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${WORD}$`));

  const total = await totalOf(page);
  expect(total).toBeGreaterThan(1);
  const hits = app(page).getByRole('article');
  await expect(hits.first().locator('mark').first()).toHaveText(new RegExp(WORD, 'i'));
  await expect(app(page).getByRole('heading', { level: 1, name: 'Search' })).toBeFocused();

  const sections = app(page).getByRole('navigation', { name: 'Filter by section' });
  const narrower = sections
    .getByRole('link')
    .filter({ hasNotText: String(total) })
    .first();
  const count = Number(await narrower.locator('span').last().textContent());
  expect(count).toBeLessThan(total);
  await narrower.click();
  await expect(page).toHaveURL(/[?&]section=[a-z-]+/);
  await expect.poll(() => totalOf(page)).toBe(count);
  await expect(sections.locator('[aria-current="true"]')).toHaveCount(1);

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${WORD}$`));
  await expect.poll(() => totalOf(page)).toBe(total);
  await expect(sections.locator('[aria-current="true"]')).toHaveCount(0);
  await expect(box).toHaveValue(WORD);
});

test('the header box suggests searches from the corpus, chosen with the keyboard', async ({
  page,
}) => {
  await page.goto('/');
  await expect(app(page)).toHaveCount(0);
  const box = page.getByRole('searchbox', { name: 'Search articles' });
  await box.pressSequentially('saltg', { delay: 50 });
  const options = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option');
  await expect(options.first()).toBeVisible();
  const first = (await options.first().textContent()) ?? '';
  expect(first.toLowerCase()).toContain('saltg');
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page).toHaveURL(`/search?q=${encodeURIComponent(first)}`);
  await totalOf(page);
});

test('a word nothing matches shows the empty state', async ({ page }) => {
  await page.goto('/search?q=zyxwvutsrq');
  await expect(app(page).getByRole('status')).toHaveText(/^0 results for /);
  await expect(app(page)).toContainText('No articles match your search.');
});
