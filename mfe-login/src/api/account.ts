import { LOGIN_API_BASE, meResponseSchema } from '@tessera/bff-login/contract';
import { createApiClient, type ApiClient } from './client';
import type { SessionUser } from './session';

/**
 * Who is signed in, and signing out: what both the app and the header account menu need. The menu
 * loads this module on demand, so it must not import anything that brings Vue with it.
 */
export function createAccountApi(client: ApiClient = createApiClient({ baseUrl: LOGIN_API_BASE })) {
  return {
    me: async (): Promise<SessionUser | null> =>
      meResponseSchema.parse(await client.get('/me')).user,
    signOut: async (): Promise<void> => {
      await client.post('/sign-out');
    },
  };
}

export type AccountApi = ReturnType<typeof createAccountApi>;
