// zod/mini: mfe-login parses answers with these in the browser (the header account menu on
// every page), where classic zod would cost ~20 KB; the server only documents them.
import * as z from 'zod/mini';
import { ROLES } from './common.js';

/** Every error answer (`application/problem+json`): one shape for every BFF, the kit's. */
export { problemSchema, type FieldError, type ProblemDocument } from '@tessera/kit/contract';

export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

/** The public face of an account, as in the `tessera:session-changed` event. */
export const publicUserSchema = z.object({
  id: z.string(),
  displayName: z.string(),
  role: roleSchema,
});
export type PublicUser = z.infer<typeof publicUserSchema>;

/** Body of a successful register (201) or sign-in (200); the session cookie is set too. */
export const sessionResponseSchema = z.object({ user: publicUserSchema });
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

/** GET /api/login/me: always 200; `user` is null without a valid session. */
export const meResponseSchema = z.object({ user: z.nullable(publicUserSchema) });
export type MeResponse = z.infer<typeof meResponseSchema>;
