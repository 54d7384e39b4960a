import { expect, test } from '@playwright/test';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { registryFile } from '../../support/paths.js';

function writeRegistry(doc: unknown) {
  const temp = `${registryFile}.tmp`;
  writeFileSync(temp, JSON.stringify(doc, null, 2));
  renameSync(temp, registryFile);
}

test('a registry change is picked up on reload without rebuilding the shell', async ({ page }) => {
  const original = readFileSync(registryFile, 'utf8');
  const registry = JSON.parse(original);
  const shellScripts = new Set<string>();
  page.on('request', (r) => {
    if (r.url().includes('/assets/shell/')) shellScripts.add(new URL(r.url()).pathname);
  });
  try {
    await page.goto('/fixtures/moved');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    const shellBefore = new Set(shellScripts);

    registry.revision += 1;
    registry.apps['fixture-healthy'].routes = ['/fixtures/moved'];
    registry.apps['fixture-healthy'].nav = [
      { label: 'Moved fixture', href: '/fixtures/moved', order: 90 },
    ];
    writeRegistry(registry);

    await page.reload();
    await expect(page.locator('#tessera-slot-main')).toContainText('Fixture healthy');
    await expect(
      page.getByRole('navigation').getByRole('link', { name: 'Moved fixture' }),
    ).toBeVisible();
    expect([...shellScripts].sort()).toEqual([...shellBefore].sort());
  } finally {
    writeFileSync(registryFile, original);
  }
});
