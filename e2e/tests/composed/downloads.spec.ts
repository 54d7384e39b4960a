import { expect, test, type Page } from '@playwright/test';
import { liveManifest } from '../../support/manifests.js';

function recordScripts(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') urls.push(new URL(request.url()).pathname);
  });
  return urls;
}

test('React is downloaded once across the two React apps', async ({ page, request }) => {
  const articles = await liveManifest(request, 'articles');
  const search = await liveManifest(request, 'search');
  const reactDomOf = (m: Awaited<ReturnType<typeof liveManifest>>) =>
    new Set(m.sharedFiles('react-dom'));
  const fromArticles = reactDomOf(articles);
  const fromSearch = reactDomOf(search);
  expect(fromArticles.size).toBeGreaterThan(0);
  expect(fromSearch.size).toBeGreaterThan(0);

  const scripts = recordScripts(page);
  await page.goto('/');
  await expect(page.locator('#tessera-slot-main [data-app="articles"]')).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Search' }).click();
  await expect(page.locator('#tessera-slot-main [data-app="search"]')).toBeVisible();

  // One remote supplies the react-dom singleton; the other's copy is never fetched.
  const suppliers = [fromArticles, fromSearch].filter((files) => scripts.some((p) => files.has(p)));
  expect(suppliers).toHaveLength(1);
  expect(scripts.some((path) => path.startsWith(search.dir))).toBe(true);
});

test('no Vue code is downloaded on React routes, and no React on the Vue route', async ({
  page,
  request,
}) => {
  const login = await liveManifest(request, 'login');
  const articles = await liveManifest(request, 'articles');
  const search = await liveManifest(request, 'search');
  const vueFiles = new Set([...login.sharedFiles('vue'), ...login.exposeFiles('./app')]);
  const reactFiles = new Set(
    [articles, search].flatMap((m) => [...m.sharedFiles('react'), ...m.sharedFiles('react-dom')]),
  );
  expect(vueFiles.size).toBeGreaterThan(0);
  expect(reactFiles.size).toBeGreaterThan(0);

  const scripts = recordScripts(page);
  for (const path of ['/', '/search?q=x']) {
    await page.goto(path);
    await expect(page.locator('#tessera-slot-main [data-app]')).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search articles' })).toBeVisible();
  }
  expect(scripts.filter((path) => vueFiles.has(path))).toEqual([]);

  scripts.length = 0;
  await page.goto('/login');
  await expect(page.locator('#tessera-slot-main [data-app="login"]')).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).toBeVisible();
  expect(scripts.filter((path) => reactFiles.has(path))).toEqual([]);
});
