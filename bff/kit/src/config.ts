import { z } from 'zod';

/** A configuration error; its message names every bad or missing variable. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export type Env = Record<string, string | undefined>;

/**
 * Parses the environment once, at a process's entry. Throws a ConfigError
 * naming each offending variable; the entry prints it and exits 1.
 */
export function loadConfig<S extends z.ZodType>(schema: S, env: Env): z.output<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => {
    const name = issue.path.map(String).join('.') || '(environment)';
    const missing = issue.path.length > 0 && env[String(issue.path[0])] === undefined;
    return `  ${name}: ${missing ? 'missing; ' : ''}${issue.message}`;
  });
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

/** A TCP port from the environment. */
export const portSchema = z.coerce.number().int().min(1).max(65535);
