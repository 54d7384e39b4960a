import { z } from 'zod';

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
