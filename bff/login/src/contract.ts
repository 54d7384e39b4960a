/**
 * The HTTP contract of the login BFF (`/api/login`). mfe-login imports these
 * schemas for its types and to parse responses; this file imports zod only,
 * so it is safe in a browser bundle.
 *
 * Every change (register, sign-in, sign-out) must carry `X-Tessera-CSRF: 1`.
 * Errors are `application/problem+json`: { type, title, status, detail, code,
 * instance, traceId, errors? }.
 */
import { z } from 'zod';

export const LOGIN_API_BASE = '/api/login';

export const roleSchema = z.enum(['reader', 'editor']);
export type Role = z.infer<typeof roleSchema>;

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((email) => email.toLowerCase());

/** Long enough to resist guessing; capped so hashing cost stays bounded. */
export const passwordSchema = z.string().min(10).max(128);
export const displayNameSchema = z.string().trim().min(1).max(80);

/** POST /api/login/register */
export const registerRequestSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  displayName: displayNameSchema,
});
export type RegisterRequest = z.input<typeof registerRequestSchema>;

/** POST /api/login/sign-in */
export const signInRequestSchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(128),
});
export type SignInRequest = z.input<typeof signInRequestSchema>;

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
export const meResponseSchema = z.object({ user: publicUserSchema.nullable() });
export type MeResponse = z.infer<typeof meResponseSchema>;

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number(),
  detail: z.string(),
  code: z.string(),
  instance: z.string(),
  traceId: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string(), code: z.string() })).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

/** Stable error codes this BFF answers with (beside the kit's `KIT_*`). */
export const LOGIN_ERROR_CODES = {
  emailTaken: 'LOGIN_001',
  badCredentials: 'LOGIN_002',
  rateLimited: 'LOGIN_003',
  busy: 'LOGIN_004',
  noSuchAccount: 'LOGIN_005',
  logUnavailable: 'LOGIN_006',
} as const;
