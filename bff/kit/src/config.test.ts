import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, loadConfig, portSchema } from './config.js';

const schema = z.object({
  PORT: portSchema.default(7101),
  EVENT_LOG_URL: z.string().min(1),
});

describe('loadConfig', () => {
  it('parses and coerces a good environment', () => {
    expect(loadConfig(schema, { PORT: '8000', EVENT_LOG_URL: 'memory:' })).toEqual({
      PORT: 8000,
      EVENT_LOG_URL: 'memory:',
    });
  });

  it('applies defaults for absent optional variables', () => {
    expect(loadConfig(schema, { EVENT_LOG_URL: 'memory:' }).PORT).toBe(7101);
  });

  it('names every bad or missing variable in one error', () => {
    let caught: unknown;
    try {
      loadConfig(schema, { PORT: 'eighty' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    const message = (caught as Error).message;
    expect(message).toMatch(/PORT: /);
    expect(message).toMatch(/EVENT_LOG_URL: missing/);
  });
});
