import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors } from '../../support/console.js';

// mfe-login on its own (its dist/ behind a static server): no login BFF answers here, so its
// requests get the standalone page or a 404 back, unless a test answers them itself.

const ada = { id: 'u-ada', displayName: 'Ada Quill', role: 'reader' };

function problem(status: number, code: string, title: string, detail: string) {
  return {
    status,
    contentType: 'application/problem+json',
    body: JSON.stringify({ type: 'about:blank', title, status, detail, code }),
  };
}

/** A login BFF in the page: one account, whose password is "correct horse". */
async function answerAsTheBff(page: Page) {
  let user: typeof ada | null = null;
  await page.route('**/api/login/**', async (route) => {
    const request = route.request();
    const path = new URL(request.url()).pathname;
    if (path === '/api/login/me') return route.fulfill({ json: { user } });
    if (path === '/api/login/sign-out') {
      user = null;
      return route.fulfill({ status: 204 });
    }
    if (path === '/api/login/sign-in') {
      expect(request.headers()['x-tessera-csrf']).toBe('1');
      const { password } = request.postDataJSON() as { password: string };
      if (password !== 'correct horse') {
        return route.fulfill(
          problem(401, 'LOGIN_002', 'Wrong email or password', 'Check them and try again.'),
        );
      }
      user = ada;
      return route.fulfill({ json: { user } });
    }
    return route.fulfill(problem(404, 'KIT_004', 'Not found', 'No such route.'));
  });
}

test('the sign-in page: one focused heading, labelled fields, a "Sign in" button', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto('/login');
  const app = page.locator('#tessera-slot-main [data-app="login"]');
  await expect(app.getByRole('heading', { level: 1, name: 'Sign in' })).toBeFocused();
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(app.getByLabel('Email')).toHaveAttribute('type', 'email');
  await expect(app.getByLabel('Password')).toHaveAttribute('type', 'password');
  await expect(app.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  expect(errors).toEqual([]);
});

test('the register page has labelled fields and a "Create account" button', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect(page).toHaveURL(/\/register$/);
  const app = page.locator('[data-app="login"]');
  await expect(app.getByRole('heading', { level: 1, name: 'Create an account' })).toBeFocused();
  for (const label of ['Display name', 'Email', 'Password']) {
    await expect(app.getByLabel(label)).toBeVisible();
  }
  await expect(app.getByRole('button', { name: 'Create account' })).toBeVisible();
});

test('without its BFF, signing in and the account page say accounts are unavailable', async ({
  page,
}) => {
  await page.goto('/login');
  await page.getByLabel('Email').fill('ada@example.org');
  await page.getByLabel('Password').fill('correct horse');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('Accounts are unavailable right now');
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

  await page.goto('/account');
  await expect(page.getByRole('alert')).toContainText('Accounts are unavailable right now');
});

test('a wrong password is reported inline, and a right one opens the account menu', async ({
  page,
}) => {
  await answerAsTheBff(page);
  await page.goto('/login');
  await page.getByLabel('Email').fill('ada@example.org');
  await page.getByLabel('Password').fill('wrong horse');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Wrong email or password. Check them and try again.',
  );

  await page.getByLabel('Password').fill('correct horse');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.locator('[data-app="login"]')).toContainText('Ada Quill');

  const menuButton = page.getByRole('button', { name: 'Ada Quill' });
  await menuButton.focus();
  await menuButton.press('ArrowDown');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem', { name: 'Account' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Sign out' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.locator('#tessera-slot-header-account').getByRole('link', { name: 'Sign in' }),
  ).toBeVisible();
  await expect(page.locator('[data-app="login"]')).toContainText('You are not signed in');
});
