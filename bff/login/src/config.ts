import { portSchema } from '@tessera/kit';
import { z } from 'zod';

const positiveInt = z.coerce.number().int().positive();

export interface EnvDefaults {
  /** Where the embedded log and the development key live (the repo's `.data`). */
  dataDir: string;
}

/** bff-login's environment; parsed once in main.ts. */
export const loginEnvSchema = ({ dataDir }: EnvDefaults) =>
  z
    .object({
      PORT: portSchema.default(7101),
      HOST: z.string().min(1).default('127.0.0.1'),
      EVENT_LOG_URL: z.string().min(1).default(`sqlite:${dataDir}/log.db`),
      LOG_LEVEL: z
        .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
        .default('info'),
      NODE_ENV: z.string().optional(),
      /** Ed25519 private key, PKCS#8 PEM (literal `\n` accepted for one-line env files). */
      SESSION_PRIVATE_KEY: z
        .string()
        .min(1)
        .transform((pem) => pem.replace(/\\n/g, '\n'))
        .optional(),
      /** Where a development key is kept when SESSION_PRIVATE_KEY is unset. */
      SESSION_KEY_FILE: z.string().min(1).default(`${dataDir}/session-key.pem`),
      SESSION_TTL_SECONDS: positiveInt.default(8 * 60 * 60),
      SESSION_COOKIE_SECURE: z.enum(['auto', 'always', 'never']).default('auto'),
      /** `true`, `false`, or comma-separated addresses/ranges (`loopback` = the local edge). */
      TRUST_PROXY: z
        .string()
        .min(1)
        .default('loopback')
        .transform((value) =>
          value === 'true'
            ? true
            : value === 'false'
              ? false
              : value.split(',').map((v) => v.trim()),
        ),
    })
    .refine((env) => env.NODE_ENV !== 'production' || env.SESSION_PRIVATE_KEY !== undefined, {
      message: 'required when NODE_ENV=production (a generated development key is refused)',
      path: ['SESSION_PRIVATE_KEY'],
    });

export type LoginEnv = z.output<ReturnType<typeof loginEnvSchema>>;
