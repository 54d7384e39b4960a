import { expect, test, type Page } from '@playwright/test';

// The standalone server serves mfe-articles' build with no BFF behind it. The data paths answer
// from `page.route` with documents shaped like @tessera/bff-articles' contract; without a route,
// the app must show its degraded state.

const byline = { id: 'u1', displayName: 'Mara Okafor' };
const story = {
  slug: 'saltgate-seawall-storm-test',
  section: 'city',
  title: 'Saltgate seawall holds in first storm test',
  summary: 'The new wall kept the tide out of Saltgate.',
  tags: ['harbour', 'climate'],
  author: byline,
  publishedAt: '2026-11-20T09:00:00Z',
  updatedAt: '2026-11-21T09:00:00Z',
  revision: 2,
};
const other = {
  ...story,
  slug: 'kestrel-park-oak-survey',
  section: 'science',
  title: 'Kestrel Park oaks counted',
};

function json(body: unknown, status = 200) {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return { status, contentType: type, body: JSON.stringify(body) };
}

async function fakeBff(page: Page) {
  await page.route('**/api/articles/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/api/articles/front') {
      return route.fulfill(
        json({
          lead: story,
          sections: [
            { section: 'science', count: 1, articles: [other] },
            { section: 'city', count: 1, articles: [] },
          ],
          paging: { page: 1, pageSize: 6, total: 2, totalPages: 1 },
        }),
      );
    }
    if (path === `/api/articles/by-slug/${story.slug}`) {
      return route.fulfill(
        json({
          article: {
            ...story,
            body: 'The **Saltgate seawall** held.\n\n## What comes next\n\n- tide gates\n- pumps',
          },
          revisions: [
            { n: 1, time: story.publishedAt, editor: byline, title: 'Seawall tested' },
            { n: 2, time: story.updatedAt, editor: byline, title: story.title },
          ],
        }),
      );
    }
    if (path === '/api/articles/sections') {
      return route.fulfill(
        json({
          sections: [
            { section: 'science', count: 1, latestAt: other.publishedAt },
            { section: 'city', count: 1, latestAt: story.publishedAt },
          ],
        }),
      );
    }
    if (path === '/api/articles/events') return route.fulfill({ status: 204 });
    return route.fulfill(
      json(
        { type: 'about:blank', title: 'Article not found', status: 404, code: 'ARTICLES_002' },
        404,
      ),
    );
  });
}

// The first assertion after a page load waits for the remote to load and mount, which takes a
// while on a busy machine.
const MOUNTED = { timeout: 20_000 };
const app = (page: Page) => page.locator('[data-app="articles"]');
// The standalone page lives at /standalone.html and moves the address to the app's first route.
const FRONT = '/standalone.html';

test('the front page shows the lead story and the latest by section', async ({ page }) => {
  await fakeBff(page);
  await page.goto(FRONT);
  await expect(app(page).getByRole('heading', { level: 1 })).toHaveText('Front page', MOUNTED);
  await expect(app(page).getByRole('link', { name: story.title })).toBeVisible();
  await expect(app(page).getByRole('list', { name: 'Latest in Science' })).toContainText(
    other.title,
  );
  await expect(app(page).getByRole('navigation', { name: 'Sections' })).toContainText('City');
});

test('an article page renders its Markdown body, byline and revision history', async ({ page }) => {
  await fakeBff(page);
  await page.goto(FRONT);
  await app(page).getByRole('link', { name: story.title }).click();
  await expect(page).toHaveURL(`/articles/${story.slug}`);
  const heading = app(page).getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(story.title);
  await expect(heading).toBeFocused();
  await expect(app(page).locator('strong', { hasText: 'Saltgate seawall' })).toBeVisible();
  await expect(app(page).getByRole('heading', { level: 2, name: 'What comes next' })).toBeVisible();
  await expect(app(page)).toContainText('By Mara Okafor');
  await expect(app(page).getByRole('list', { name: 'Tags' })).toContainText('harbour');
  await expect(app(page).getByRole('link', { name: 'Revision 1' })).toHaveAttribute(
    'href',
    `/articles/${story.slug}?revision=1`,
  );
});

test('an unknown slug is "Article not found", with a way back', async ({ page }) => {
  await fakeBff(page);
  await page.goto('/articles/no-such-story');
  await expect(app(page).getByRole('heading', { level: 1 })).toHaveText(
    'Article not found',
    MOUNTED,
  );
  await app(page).getByRole('link', { name: 'Go to the front page' }).click();
  await expect(app(page).getByRole('heading', { level: 1 })).toHaveText('Front page', MOUNTED);
});

test('without its BFF the app shows a degraded message instead of failing', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(FRONT);
  await expect(app(page).getByRole('alert')).toContainText(
    'The newsroom is unavailable right now.',
  );
  await expect(app(page).getByRole('button', { name: 'Try again' })).toBeVisible();
  await page.goto(`/articles/${story.slug}`);
  await expect(app(page).getByRole('heading', { level: 1 })).toHaveText(
    'Article unavailable',
    MOUNTED,
  );
  await expect(app(page).getByRole('alert')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the editor shows the BFF’s validation messages beside the fields', async ({ page }) => {
  await fakeBff(page);
  const sent: { csrf: string | null; body: unknown }[] = [];
  await page.route('**/api/articles', (route) => {
    const request = route.request();
    sent.push({ csrf: request.headers()['x-tessera-csrf'] ?? null, body: request.postDataJSON() });
    return route.fulfill(
      json(
        {
          type: 'about:blank',
          title: 'Invalid request',
          status: 400,
          code: 'KIT_001',
          detail: 'The request body failed validation.',
          errors: [
            {
              path: 'body.section',
              message: 'a lower-case word of 2 to 30 letters',
              code: 'invalid_format',
            },
          ],
        },
        400,
      ),
    );
  });
  await page.goto('/editor');
  await expect(app(page).getByRole('heading', { level: 1 })).toHaveText('New article', MOUNTED);
  for (const label of ['Headline', 'Summary', 'Body', 'Section', 'Tags']) {
    await expect(app(page).getByLabel(label, { exact: true })).toBeVisible();
  }
  await app(page).getByLabel('Headline', { exact: true }).fill('Harbour lights switched on');
  await app(page).getByLabel('Body', { exact: true }).fill('The lights are **on**.');
  await app(page).getByLabel('Section', { exact: true }).fill('City Desk');
  await app(page).getByLabel('Tags', { exact: true }).fill('harbour, lights');
  await app(page).getByRole('button', { name: 'Publish' }).click();

  await expect(app(page).getByText('a lower-case word of 2 to 30 letters')).toBeVisible();
  await expect(app(page).getByLabel('Section', { exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(
    app(page).getByRole('alert').filter({ hasText: 'Some fields need attention.' }),
  ).toBeFocused();
  expect(sent).toEqual([
    {
      csrf: '1',
      body: {
        title: 'Harbour lights switched on',
        summary: '',
        body: 'The lights are **on**.',
        section: 'City Desk',
        tags: ['harbour', 'lights'],
      },
    },
  ]);
});
