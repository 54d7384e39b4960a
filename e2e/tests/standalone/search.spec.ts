import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors } from '../../support/console.js';

// mfe-search on its own (its dist/ behind a static server): no search BFF answers here, so
// every /api/search request gets the standalone page back, unless a test answers it itself.

const suggestions = ['saltgate seawall', 'saltgate herons', 'saltgate market'];

async function answerSuggestions(page: Page) {
  await page.route('**/api/search/suggest?*', (route) =>
    route.fulfill({
      json: {
        query: 'saltgate',
        took: 1,
        cached: false,
        suggestions: suggestions.map((text, i) => ({ text, score: 3 - i })),
      },
    }),
  );
}

test('the search page renders one heading, focused, and the labelled header search box', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto('/search');
  const app = page.locator('#tessera-slot-main [data-app="search"]');
  await expect(app.getByRole('heading', { level: 1, name: 'Search' })).toBeFocused();
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(app).toContainText('Type a word in the search box');
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('without its BFF the results page says search is unavailable, and can try again', async ({
  page,
}) => {
  await page.goto('/search?q=harbour');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Search is unavailable right now');
  await expect(page.getByRole('main').getByRole('status')).toContainText('harbour');
  const searches: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/search?')) searches.push(request.url());
  });
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect.poll(() => searches.length).toBe(1);
  await expect(page.getByRole('alert')).toContainText('Search is unavailable right now');
});

test('Enter in the header box goes to the results page for what was typed', async ({ page }) => {
  await page.goto('/search');
  const box = page.getByRole('searchbox', { name: 'Search articles' });
  await box.fill('lantern line');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=lantern%20line$/);
  await expect(page.getByRole('main').getByRole('status')).toContainText('lantern line');
});

test('suggestions are chosen with the arrow keys and Enter, and closed with Escape', async ({
  page,
}) => {
  await answerSuggestions(page);
  await page.goto('/search');
  // The page takes focus to its heading once mounted; type after that.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  const box = page.getByRole('searchbox', { name: 'Search articles' });
  await box.pressSequentially('saltg');
  const listbox = page.getByRole('listbox', { name: 'Suggestions' });
  await expect(listbox.getByRole('option')).toHaveText(suggestions);

  await box.press('ArrowDown');
  await box.press('ArrowDown');
  const active = listbox.getByRole('option', { name: 'saltgate herons' });
  await expect(active).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await active.getAttribute('id'))!);
  await box.press('Escape');
  await expect(listbox).toBeHidden();
  await expect(box).toHaveValue('saltg');

  await box.press('Backspace');
  await expect(listbox.getByRole('option')).toHaveCount(3);
  await box.press('ArrowUp');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=saltgate%20market$/);
  await expect(box).toHaveValue('saltgate market');
});
