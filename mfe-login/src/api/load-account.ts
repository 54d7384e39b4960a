import type { AccountApi } from './account';

/**
 * The account API for the header menu, loaded on demand from a chunk of its own. The menu is on
 * every route: it must share no file with the app, whose files are Vue's side of the page (see
 * webpack.config.js).
 */
export async function loadAccountApi(): Promise<AccountApi> {
  const { createAccountApi } = await import(/* webpackChunkName: "account-api" */ './account');
  return createAccountApi();
}
