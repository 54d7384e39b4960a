import { portSchema } from '@tessera/kit';
import { z } from 'zod';

/** bff-search's environment; parsed once in main.ts. */
export const searchEnvSchema = z.object({
  PORT: portSchema.default(7102),
  HOST: z.string().min(1).default('127.0.0.1'),
  EVENT_LOG_URL: z.string().min(1).default('sqlite:.data/log.db'),
  /** Search and suggest answers cached until the index changes; 0 turns the cache off. */
  SEARCH_CACHE_SIZE: z.coerce.number().int().min(0).max(100_000).default(1000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type SearchEnv = z.output<typeof searchEnvSchema>;
