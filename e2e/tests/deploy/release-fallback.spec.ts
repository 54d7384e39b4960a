// The shell's in-page fallback between two releases of one app (canary → current → previous),
// checked on the FIRST page load: no reload, so the edge's canary monitor never gets to abort the
// canary and hide a fallback that ran the failed release's code again.
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { readDeploys, rollbackCommand } from '@tessera/deploy';
import type { RegistryApp } from '@tessera/registry';
import { builtCandidate } from '../../support/built-candidate.js';
import { candidate, replaceInScripts, test, type Deployer } from '../../support/deploying.js';

const APP = 'fixture-healthy';
const ROUTE = '/fixtures/healthy';
const heading = (page: Page) => page.locator('#tessera-slot-main h1');
const footerVersion = (page: Page) =>
  page.locator(`[data-testid="app-versions"] [data-app="${APP}"]`);

const relabelled = (label: string) =>
  candidate('healthy', (dir) =>
    replaceInScripts(dir, 'Fixture healthy', `Fixture healthy ${label}`),
  );

/**
 * The healthy fixture built from a source whose `./app` module throws while it is evaluated: its
 * chunk arrives and is pushed like any other, then loading the expose fails. Built, not edited
 * after the build, so it differs from the release the shell falls back to as real releases do.
 */
const failsToLoad = (label: string) =>
  builtCandidate('healthy', (source) =>
    source.replace('new Map()', `(() => { throw new Error('${label} breaks on load'); })()`),
  );

async function deployedVersion(deployer: Deployer, release: 'current' | 'canary') {
  const version = (await readDeploys(deployer.log)).registry.apps[APP]?.[release]?.version;
  if (!version) throw new Error(`${APP} has no ${release} release`);
  return version;
}

/** The edge follows the log asynchronously: wait until its registry says what the test deployed. */
async function edgeServes(
  request: APIRequestContext,
  release: (app: RegistryApp) => string | undefined,
  version: string,
) {
  await expect
    .poll(async () => release((await (await request.get('/registry.json')).json()).apps[APP]))
    .toBe(version);
}

/** The shell's `[tessera] <app>@<version> failed to <phase>` console lines. */
function appFailures(page: Page): string[] {
  const failures: string[] = [];
  page.on('console', (message) => {
    const failure = /\[tessera\] (\S+ failed to \w+)/.exec(message.text());
    if (failure) failures.push(failure[1]!);
  });
  return failures;
}

async function firstLoadShows(page: Page, label: string, version: string) {
  await expect(heading(page)).toHaveText(`Fixture healthy ${label}`, { timeout: 15_000 });
  await expect(footerVersion(page)).toHaveAttribute('data-version', version);
}

test('a canary that fails to load: the first page load in its bucket runs the current release', async ({
  page,
  baseURL,
  request,
  openDeployer,
}) => {
  const deployer = await openDeployer({ mountCheck: false });
  await deployer.deploy(await relabelled('fallback-current'));
  const current = await deployedVersion(deployer, 'current');
  await deployer.deploy(await failsToLoad('canary'), { canary: 50 });
  const canary = await deployedVersion(deployer, 'canary');
  try {
    await edgeServes(request, (app) => app.canary?.version, canary);
    await page.context().addCookies([{ name: 'tessera_bucket', value: '1', url: baseURL! }]);
    const failures = appFailures(page);
    await page.goto(ROUTE);
    await firstLoadShows(page, 'fallback-current', current);
    expect(failures).toContain(`${APP}@${canary} failed to load`);
  } finally {
    await deployer.log.append('deploys', [
      {
        type: 'deploy.canary-aborted',
        key: APP,
        data: { app: APP, version: canary, reason: 'e2e clean-up', actor: 'e2e' },
      },
    ]);
    await rollbackCommand(deployer.ctx, APP);
  }
});

test('a current release that fails to load: the first page load runs the previous release', async ({
  page,
  request,
  openDeployer,
}) => {
  const deployer = await openDeployer({ mountCheck: false });
  await deployer.deploy(await relabelled('fallback-previous'));
  const previous = await deployedVersion(deployer, 'current');
  await deployer.deploy(await failsToLoad('current'));
  const broken = await deployedVersion(deployer, 'current');
  try {
    await edgeServes(request, (app) => app.current.version, broken);
    const failures = appFailures(page);
    await page.goto(ROUTE);
    await firstLoadShows(page, 'fallback-previous', previous);
    expect(failures).toContain(`${APP}@${broken} failed to load`);
  } finally {
    await rollbackCommand(deployer.ctx, APP);
    await rollbackCommand(deployer.ctx, APP);
  }
});
