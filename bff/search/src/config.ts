import { portSchema } from '@tessera/kit';
import { z } from 'zod';

/** bff-search's environment; parsed once in main.ts. */
export const searchEnvSchema = z.object({
  PORT: portSchema.default(7102),
  HOST: z.string().min(1).default('127.0.0.1'),
  EVENT_LOG_URL: z.string().min(1).default('sqlite:.data/log.db'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type SearchEnv = z.output<typeof searchEnvSchema>;
