import { expect, type Page } from '@playwright/test';
import {
  promoteCommand,
  readDeploys,
  rollbackCommand,
  sourceFromFixture,
  type PublishSource,
} from '@tessera/deploy';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { candidate, replaceInScripts, test } from '../../support/deploying.js';
import { repoRoot } from '../../support/paths.js';

const APP = 'fixture-healthy';
const heading = (page: Page) => page.locator('#tessera-slot-main h1');
const footerVersion = (page: Page, app: string) =>
  page.locator(`[data-testid="app-versions"] [data-app="${app}"]`);
const relabelled = (label: string) =>
  candidate('healthy', (dir) =>
    replaceInScripts(dir, 'Fixture healthy', `Fixture healthy ${label}`),
  );

test('deploying while a browser is open changes no shell asset, fails no request, and serves the new version after a reload; rollback restores the previous one', async ({
  page,
  deployer,
}) => {
  const before = await deployer.current(APP);
  const failed: string[] = [];
  const shellAssets = new Set<string>();
  page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.url()} ${r.status()}`);
  });
  page.on('request', (r) => {
    if (r.url().includes('/assets/shell/')) shellAssets.add(new URL(r.url()).pathname);
  });
  await page.goto('/fixtures/healthy');
  await expect(heading(page)).toHaveText('Fixture healthy');
  const shellBefore = [...shellAssets].sort();

  await deployer.deploy(await relabelled('v2'));
  const deployed = await deployer.current(APP);
  expect(deployed).not.toBe(before);
  // The open page keeps its version until it reloads.
  await expect(heading(page)).toHaveText('Fixture healthy');
  await page.reload();
  await expect(heading(page)).toHaveText('Fixture healthy v2');
  await expect(footerVersion(page, APP)).toHaveAttribute('data-version', deployed!);
  expect([...shellAssets].sort()).toEqual(shellBefore);
  expect(failed).toEqual([]);

  await rollbackCommand(deployer.ctx, APP);
  expect(await deployer.current(APP)).toBe(before);
  await expect(async () => {
    await page.reload();
    await expect(heading(page)).toHaveText('Fixture healthy', { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  await expect(footerVersion(page, APP)).toHaveAttribute('data-version', before!);
});

/** mfe-search's build with its React singletons claiming another major. */
function searchWithReact(major: number): Promise<PublishSource> {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-candidate-search-'));
  cpSync(join(repoRoot, 'mfe-search', 'dist'), dir, { recursive: true });
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'mfe-search', 'package.json'), 'utf8'));
  writeFileSync(
    join(dir, 'fixture.json'),
    JSON.stringify({ ...pkg.tessera, version: pkg.version }),
  );
  const manifestFile = join(dir, 'mf-manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  for (const shared of manifest.shared) {
    if (!shared.name.startsWith('react')) continue;
    shared.version = `${major}.3.1`;
    shared.requiredVersion = `^${major}.3.1`;
  }
  writeFileSync(manifestFile, JSON.stringify(manifest));
  return sourceFromFixture(dir);
}

test('a candidate with another React major is refused by verify and nothing is activated', async ({
  deployer,
}) => {
  const before = await deployer.current('search');
  const error = await deployer.deploy(await searchWithReact(18)).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'DEPLOY_009' });
  expect(String((error as Error).message)).toMatch(/failed shared singletons/);
  expect(String((error as Error).message)).toMatch(/react 18 here, 19 in (articles|login)/);
  expect(await deployer.current('search')).toBe(before);
});

test('a candidate that throws in mount is refused by the headless mount check', async ({
  deployer,
}) => {
  const head = await deployer.log.head('deploys');
  const error = await deployer.deploy(await candidate('throws-in-mount')).catch((e: unknown) => e);
  expect(error).toMatchObject({ code: 'DEPLOY_009' });
  expect(String((error as Error).message)).toContain('failed headless mount');
  expect(String((error as Error).message)).toContain('Fixture throws in mount');
  expect(await deployer.log.head('deploys')).toBe(head);
});

test('a 50% canary: browsers in different buckets see different versions, stable across reloads', async ({
  browser,
  baseURL,
  deployer,
}) => {
  await deployer.deploy(await relabelled('canary'), { canary: 50 });
  const seen: Record<string, string[]> = {};
  try {
    for (const bucket of ['10', '90']) {
      const context = await browser.newContext();
      await context.addCookies([{ name: 'tessera_bucket', value: bucket, url: baseURL! }]);
      const page = await context.newPage();
      await page.goto('/fixtures/healthy');
      seen[bucket] = [];
      for (let i = 0; i < 3; i += 1) {
        await expect(heading(page)).toHaveText(/^Fixture healthy/);
        seen[bucket].push((await heading(page).textContent())!);
        await page.reload();
      }
      await context.close();
    }
    expect(seen['10']).toEqual(Array(3).fill('Fixture healthy canary'));
    expect(seen['90']).toEqual(Array(3).fill('Fixture healthy'));
  } finally {
    const { version } = (await readDeploys(deployer.log)).registry.apps[APP]!.canary!;
    await deployer.log.append('deploys', [
      {
        type: 'deploy.canary-aborted',
        key: APP,
        data: { app: APP, version, reason: 'e2e clean-up', actor: 'e2e' },
      },
    ]);
  }
});

test('two deploys racing for the same app: exactly one wins, the other is told to run again', async ({
  deployer,
  openDeployer,
}) => {
  const racer = await openDeployer({ mountCheck: false });
  const other = await openDeployer({ mountCheck: false });
  const before = await deployer.current(APP);
  const [a, b] = [await relabelled('race-a'), await relabelled('race-b')];
  const results = await Promise.allSettled([racer.deploy(a), other.deploy(b)]);
  const won = results.filter((r) => r.status === 'fulfilled');
  const lost = results.filter((r) => r.status === 'rejected');
  expect(won).toHaveLength(1);
  expect(lost).toHaveLength(1);
  expect((lost[0] as PromiseRejectedResult).reason).toMatchObject({
    code: 'DEPLOY_008',
    message: expect.stringContaining('Run it again'),
  });
  const after = await deployer.current(APP);
  expect(after).not.toBe(before);
  await rollbackCommand(deployer.ctx, APP);
  expect(await deployer.current(APP)).toBe(before);
});

test('promote makes the canary current for everyone', async ({ page, baseURL, deployer }) => {
  const before = await deployer.current(APP);
  await deployer.deploy(await relabelled('promoted'), { canary: 10 });
  await promoteCommand(deployer.ctx, APP);
  await page.context().addCookies([{ name: 'tessera_bucket', value: '99', url: baseURL! }]);
  await page.goto('/fixtures/healthy');
  await expect(heading(page)).toHaveText('Fixture healthy promoted');
  await rollbackCommand(deployer.ctx, APP);
  expect(await deployer.current(APP)).toBe(before);
});

test('a failing canary is aborted automatically and everyone is back on current', async ({
  page,
  baseURL,
  deployer,
  openDeployer,
}) => {
  // The headless check would refuse it; this canary fails only where the mount check cannot see.
  const unchecked = await openDeployer({ mountCheck: false });
  const broken = await candidate('healthy', (dir) =>
    replaceInScripts(dir, '"Fixture healthy"', '(()=>{throw new Error("canary breaks")})()'),
  );
  await unchecked.deploy(broken, { canary: 50 });
  const canaryVersion = (await readDeploys(deployer.log)).registry.apps[APP]!.canary!.version;
  await page.context().addCookies([{ name: 'tessera_bucket', value: '1', url: baseURL! }]);

  await expect(async () => {
    await page.goto('/fixtures/healthy');
    // A release that fails in mount is not replaced within the page (the shell keeps the release
    // that delivered the app): the canary's failures reach the edge's monitor, which aborts it, and
    // the next load is on current. In-page fallback after a failed load: release-fallback.spec.ts.
    await expect(heading(page)).toHaveText('Fixture healthy', { timeout: 5_000 });
    const { registry } = await readDeploys(deployer.log);
    expect(registry.apps[APP]!.canary).toBeUndefined();
  }).toPass({ timeout: 60_000 });

  const events = await deployer.log.read('deploys', { limit: 100_000 });
  expect(events.at(-1)).toMatchObject({
    type: 'deploy.canary-aborted',
    data: { app: APP, version: canaryVersion, actor: 'edge canary monitor' },
  });
  await page.reload();
  await expect(footerVersion(page, APP)).toHaveAttribute(
    'data-version',
    (await deployer.current(APP))!,
  );
});
