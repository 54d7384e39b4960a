import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors } from '../../support/console.js';
import { appIn, searchFromHeader } from '../../support/site.js';

// The composed site runs bff-articles on the seeded newsroom corpus (bff/newsroom/corpus):
// 62 articles about Brindlemouth.

// The first assertion after a page load waits for the remote to load and mount, which takes a
// while on a busy machine.
const MOUNTED = { timeout: 20_000 };
const app = (page: Page) => page.locator('#tessera-slot-main [data-app="articles"]');

/** The headline's longest word: specific enough to find that article among the hits. */
function longestWord(text: string): string {
  return text
    .split(/[^\p{L}]+/u)
    .reduce((longest, word) => (word.length > longest.length ? word : longest), '');
}

test('a reader opens the front page, an article, then finds it again with the header search', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto('/');
  await expect(app(page).getByRole('heading', { level: 1 })).toHaveText('Front page', MOUNTED);
  const sections = app(page).getByRole('navigation', { name: 'Sections' });
  for (const section of ['City', 'Politics', 'Business', 'Science', 'Culture', 'Sport']) {
    await expect(sections.getByRole('link', { name: section, exact: true })).toBeVisible();
  }
  const lead = app(page).getByRole('heading', { level: 2 }).first().getByRole('link');
  const headline = (await lead.textContent()) ?? '';
  expect(headline.length).toBeGreaterThan(10);
  await expect(
    app(page)
      .getByRole('list', { name: /^Latest in / })
      .first(),
  ).toBeVisible();

  await lead.click();
  await expect(page).toHaveURL(/\/articles\/[a-z0-9-]+$/);
  const heading = app(page).getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(headline);
  await expect(heading).toBeFocused();
  await expect(
    app(page).getByText(
      /^By (Mara Okafor|Tomasz Lind|Priya Sandoval|Owen Achterberg|Lucía Ferrante|\S+ \S+)/,
    ),
  ).toBeVisible();
  expect(await app(page).locator('article p').count()).toBeGreaterThan(3);
  await expect(app(page).getByRole('heading', { level: 1 })).toHaveCount(1);

  // A word from the headline, searched from the header, finds the article and opens it.
  const articleUrl = page.url();
  const word = longestWord(headline);
  await searchFromHeader(page, word);
  await expect(page).toHaveURL(`/search?q=${encodeURIComponent(word)}`);
  await appIn(page, 'search').getByRole('link', { name: headline }).click();
  await expect(page).toHaveURL(articleUrl);
  await expect(app(page).getByRole('heading', { level: 1 })).toHaveText(headline);
  expect(errors).toEqual([]);
});

test('a section page lists that section’s stories', async ({ page }) => {
  await page.goto('/');
  await app(page)
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'Sport' })
    .click();
  await expect(page).toHaveURL(/\/section\/sport$/);
  await expect(app(page).getByRole('heading', { level: 1 })).toHaveText('Sport', MOUNTED);
  await expect(
    app(page).getByRole('list', { name: 'Sport stories' }).getByRole('listitem').first(),
  ).toBeVisible();
});

test('an unknown slug gets "Article not found"', async ({ page }) => {
  await page.goto('/articles/no-such-story-in-brindlemouth');
  await expect(app(page).getByRole('heading', { level: 1 })).toHaveText(
    'Article not found',
    MOUNTED,
  );
});
