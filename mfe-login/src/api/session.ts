import {
  LOGIN_API_BASE,
  sessionResponseSchema,
  type PublicUser,
  type RegisterRequest,
  type SignInRequest,
} from '@tessera/bff-login/contract';
import { createApiClient, type ApiClient } from './client';

/** The signed-in user, as `tessera:session-changed` carries it (docs/contracts.md). */
export type SessionUser = PublicUser;

/** The login BFF's sign-in and registration, answers parsed with its contract schemas. */
export function createSessionApi(client: ApiClient = createApiClient({ baseUrl: LOGIN_API_BASE })) {
  return {
    signIn: async (credentials: SignInRequest): Promise<SessionUser> =>
      sessionResponseSchema.parse(await client.post('/sign-in', credentials)).user,
    register: async (registration: RegisterRequest): Promise<SessionUser> =>
      sessionResponseSchema.parse(await client.post('/register', registration)).user,
  };
}

export type SessionApi = ReturnType<typeof createSessionApi>;
