import { expect, test } from '@playwright/test';
import { openEventLog } from '@tessera/log';
import { deployEvent, readRegistry } from '../../support/deploys.js';
import { eventLogUrl } from '../../support/paths.js';

test('a deploy event is picked up on reload without rebuilding the shell', async ({ page }) => {
  const log = await openEventLog(eventLogUrl, { producer: 'e2e-registry-spec' });
  const { registry } = await readRegistry(log);
  const healthy = registry.apps['fixture-healthy']!;
  const shellScripts = new Set<string>();
  page.on('request', (r) => {
    if (r.url().includes('/assets/shell/')) shellScripts.add(new URL(r.url()).pathname);
  });
  try {
    await page.goto('/fixtures/moved');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    const shellBefore = new Set(shellScripts);

    const moved = {
      ...healthy,
      routes: ['/fixtures/moved'],
      nav: [{ label: 'Moved fixture', href: '/fixtures/moved', order: 90 }],
    };
    await log.append('deploys', [deployEvent('fixture-healthy', moved, healthy.current)]);

    await expect(async () => {
      await page.reload();
      await expect(page.locator('#tessera-slot-main')).toContainText('Fixture healthy', {
        timeout: 1_000,
      });
    }).toPass({ timeout: 10_000 });
    await expect(
      page.getByRole('navigation').getByRole('link', { name: 'Moved fixture' }),
    ).toBeVisible();
    expect([...shellScripts].sort()).toEqual([...shellBefore].sort());
  } finally {
    await log.append('deploys', [deployEvent('fixture-healthy', healthy, healthy.current)]);
    await log.close();
  }
});
