import { expect, test, type Page } from '@playwright/test';

// Against the composed site: the real bff-login, whose scrypt hashing takes ~2 s per password on
// this machine, so the steps that hash get generous timeouts.

const HASHING = { timeout: 30_000 };

function accountSlot(page: Page) {
  return page.locator('#tessera-slot-header-account');
}

async function signOutFromMenu(page: Page, name: string) {
  await accountSlot(page).getByRole('button', { name }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(accountSlot(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
}

test('register, sign in, see the name in the account menu, sign out', async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const name = `Wren Tallow ${stamp}`;
  const email = `wren.${stamp}@example.org`;
  const password = 'lantern line 42';

  await page.goto('/register');
  const app = page.locator('#tessera-slot-main [data-app="login"]');
  await app.getByLabel('Display name').fill(name);
  await app.getByLabel('Email').fill(email);
  await app.getByLabel('Password').fill(password);
  await app.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/account$/, HASHING);
  await expect(accountSlot(page).getByRole('button', { name })).toBeVisible();
  await signOutFromMenu(page, name);
  await expect(app).toContainText('You are not signed in');

  await page.goto('/register');
  await app.getByLabel('Display name').fill(name);
  await app.getByLabel('Email').fill(email);
  await app.getByLabel('Password').fill(password);
  await app.getByRole('button', { name: 'Create account' }).click();
  await expect(app.getByLabel('Email')).toHaveAccessibleDescription(/exists/, HASHING);

  await accountSlot(page).getByRole('link', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await app.getByLabel('Email').fill(email);
  await app.getByLabel('Password').fill('not the password');
  await app.getByRole('button', { name: 'Sign in' }).click();
  await expect(app.getByRole('alert')).toContainText('Wrong email or password', HASHING);

  await app.getByLabel('Password').fill(password);
  await app.getByRole('button', { name: 'Sign in' }).click();
  await expect(accountSlot(page).getByRole('button', { name })).toBeVisible(HASHING);

  // The session outlives a reload: the menu asks the BFF who is signed in.
  await page.goto('/search');
  await expect(accountSlot(page).getByRole('button', { name })).toBeVisible();
  await signOutFromMenu(page, name);
  await page.reload();
  await expect(accountSlot(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
});
