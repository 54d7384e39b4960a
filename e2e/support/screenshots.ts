import type { Page } from '@playwright/test';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', 'artifacts', 'screenshots');

/** Saves a full-page screenshot as `e2e/artifacts/screenshots/<name>.png` (not committed). */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true, animations: 'disabled' });
}
