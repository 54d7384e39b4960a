import { portSchema, type SessionKeySource } from '@tessera/kit';
import type { JSONWebKeySet, JWK } from 'jose';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The repository's `.data` directory, shared with the other BFFs: `pnpm
 * --filter` runs scripts inside bff/articles, where a cwd-relative default
 * would open a log of its own. A relative path set in the env means the cwd.
 */
export const REPO_DATA_DIR = fileURLToPath(new URL('../../../.data', import.meta.url));

/** The login BFF's key set when it runs beside us with its defaults (development only). */
export const LOCAL_JWKS_URL = 'http://127.0.0.1:7101/api/login/.well-known/jwks.json';

const publicJwk = z.looseObject({
  kty: z.literal('OKP'),
  crv: z.literal('Ed25519'),
  x: z.string().min(1),
});

// A private JWK here would be a leak waiting to happen: refuse it outright.
function holdsPrivateKey(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const keys = 'keys' in value && Array.isArray(value.keys) ? value.keys : [value];
  return keys.some((key: unknown) => typeof key === 'object' && key !== null && 'd' in key);
}

/** One public JWK, or a JWKS `{ keys: [...] }`, as JSON text. */
const publicKeyJson = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'not JSON; give a JWK or a JWKS document' });
      return z.NEVER;
    }
  })
  .refine((value) => !holdsPrivateKey(value), 'a private key; give the public key only (no "d")')
  .pipe(z.union([z.object({ keys: z.array(publicJwk).min(1) }), publicJwk]));

/** bff-articles' environment; parsed once in main.ts. */
export const articlesEnvSchema = z
  .object({
    PORT: portSchema.default(7103),
    HOST: z.string().min(1).default('127.0.0.1'),
    EVENT_LOG_URL: z.string().min(1).default(`sqlite:${REPO_DATA_DIR}/log.db`),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    NODE_ENV: z.string().optional(),
    /** The login BFF's public key (preferred: no call to the login BFF at run time). */
    SESSION_PUBLIC_KEY: publicKeyJson.optional(),
    /** Or where to fetch its key set (cached, refetched when it rotates keys). */
    SESSION_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
    /** Comma-separated origins allowed to send changes; unset = the request's own host. */
    ALLOWED_ORIGINS: z
      .string()
      .optional()
      .transform((value) =>
        value
          ?.split(',')
          .map((o) => o.trim())
          .filter(Boolean),
      ),
    TRUST_PROXY: z
      .string()
      .min(1)
      .default('loopback')
      .transform((value) =>
        value === 'true' ? true : value === 'false' ? false : value.split(',').map((v) => v.trim()),
      ),
  })
  .refine(
    (env) =>
      env.NODE_ENV !== 'production' ||
      env.SESSION_PUBLIC_KEY !== undefined ||
      env.SESSION_JWKS_URL !== undefined,
    {
      message: 'required when NODE_ENV=production (or set SESSION_JWKS_URL)',
      path: ['SESSION_PUBLIC_KEY'],
    },
  );

export type ArticlesEnv = z.output<typeof articlesEnvSchema>;

/** Where session keys come from: the configured key, else the JWKS URL, else the local login BFF. */
export function sessionKeySource(env: ArticlesEnv): SessionKeySource {
  const key = env.SESSION_PUBLIC_KEY;
  if (key) {
    const keys = ('keys' in key ? key.keys : [key]) as JWK[];
    return { jwks: { keys } as JSONWebKeySet };
  }
  return { jwksUrl: env.SESSION_JWKS_URL ?? LOCAL_JWKS_URL };
}
