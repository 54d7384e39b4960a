// Accounts for the composed journeys. Editors exist only through the login BFF's admin command
// (registration always makes readers), so this runs that command against the site's log.
import {
  expect,
  type APIRequestContext,
  type Browser,
  type BrowserContext,
} from '@playwright/test';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { eventLogUrl, repoRoot } from './paths.js';

export interface Account {
  name: string;
  email: string;
  password: string;
}

const run = promisify(execFile);

/** A fresh account's details; the stamp keeps reruns against one log apart. */
export function newAccount(who: string): Account {
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  return {
    name: `${who} ${stamp}`,
    email: `${who.toLowerCase().replace(/\W+/g, '.')}.${stamp}@example.org`,
    password: 'copy desk at dawn 7',
  };
}

/** Creates an editor with `pnpm --filter @tessera/bff-login admin create-user --role editor`. */
export async function createEditor(account: Account): Promise<void> {
  const { email, password, name } = account;
  await run(
    process.execPath,
    ['--import', 'tsx', 'src/cli/admin.ts', 'create-user', '--role', 'editor'].concat([
      '--email',
      email,
      '--password',
      password,
      '--name',
      name,
    ]),
    { cwd: join(repoRoot, 'bff', 'login'), env: { ...process.env, EVENT_LOG_URL: eventLogUrl } },
  );
}

/**
 * Signs in through the login BFF's API, so the context carries the session cookie. The CSRF
 * header and the site's origin are what a page of the site sends.
 */
export async function signInByApi(request: APIRequestContext, baseURL: string, account: Account) {
  const response = await request.post('/api/login/sign-in', {
    data: { email: account.email, password: account.password },
    headers: { 'x-tessera-csrf': '1', origin: baseURL },
  });
  if (!response.ok()) {
    throw new Error(
      `sign-in as ${account.email} failed: ${response.status()} ${await response.text()}`,
    );
  }
}

/** The session cookies of a signed-in context, to hand to another context. */
export async function sessionCookies(context: BrowserContext) {
  return (await context.storageState()).cookies;
}

type Cookies = Awaited<ReturnType<typeof sessionCookies>>;
let sharedEditor: Promise<{ account: Account; cookies: Cookies }> | undefined;

/**
 * One editor per test worker, signed in once: its session cookies, for any test that only needs
 * to be signed in (each hashing sign-in costs seconds, and sign-ins per IP are rate-limited).
 */
export function sharedEditorSession(browser: Browser, baseURL: string) {
  sharedEditor ??= (async () => {
    const account = newAccount('Desk Editor');
    await createEditor(account);
    const context = await browser.newContext({ baseURL });
    try {
      // The login BFF learns of the new account from the log, a moment after the command ends.
      await expect(() => signInByApi(context.request, baseURL, account)).toPass({
        timeout: 20_000,
      });
      return { account, cookies: await sessionCookies(context) };
    } finally {
      await context.close();
    }
  })();
  return sharedEditor;
}
