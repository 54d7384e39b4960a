import { standardCatalog, type Catalog, type EventDefinition } from '@tessera/log';
import { z } from 'zod';

/** Private to this BFF: nothing else reads it, so password hashes never reach a shared stream. */
export const CREDENTIALS_STREAM = 'login-credentials';
export const USERS_STREAM = 'users';

export const CredentialCreated = z.object({
  userId: z.string().min(1).max(100),
  email: z.string().min(3).max(254),
  passwordHash: z.string().min(1).max(300),
  displayName: z.string().min(1).max(80),
  // Lets sign-in finish a registration whose public event never got appended.
  role: z.enum(['reader', 'editor']),
});
export type CredentialCreated = z.infer<typeof CredentialCreated>;

export const loginEvents: EventDefinition[] = [
  { type: 'credential.created', versions: [CredentialCreated] },
];

/** The shared catalog plus this BFF's private types; open the log with it. */
export function loginCatalog(): Catalog {
  return standardCatalog().extend(loginEvents);
}
