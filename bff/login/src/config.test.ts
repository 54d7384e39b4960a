import { ConfigError, loadConfig } from '@tessera/kit';
import { describe, expect, it } from 'vitest';
import { loginEnvSchema } from './config.js';

const schema = loginEnvSchema({ dataDir: '/srv/data' });

describe('bff-login configuration', () => {
  it('runs on defaults in development', () => {
    expect(loadConfig(schema, {})).toMatchObject({
      PORT: 7101,
      EVENT_LOG_URL: 'sqlite:/srv/data/log.db',
      SESSION_KEY_FILE: '/srv/data/session-key.pem',
      SESSION_TTL_SECONDS: 28800,
      SESSION_COOKIE_SECURE: 'auto',
      TRUST_PROXY: ['loopback'],
    });
  });

  it('accepts a one-line PEM with literal \\n', () => {
    const env = loadConfig(schema, { SESSION_PRIVATE_KEY: 'a\\nb' });
    expect(env.SESSION_PRIVATE_KEY).toBe('a\nb');
  });

  it('requires SESSION_PRIVATE_KEY in production', () => {
    expect(() => loadConfig(schema, { NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig(schema, { NODE_ENV: 'production' })).toThrow(/SESSION_PRIVATE_KEY/);
  });

  it('names a bad SESSION_COOKIE_SECURE or SESSION_TTL_SECONDS', () => {
    expect(() =>
      loadConfig(schema, { SESSION_COOKIE_SECURE: 'maybe', SESSION_TTL_SECONDS: '-1' }),
    ).toThrow(
      /SESSION_COOKIE_SECURE[\s\S]*SESSION_TTL_SECONDS|SESSION_TTL_SECONDS[\s\S]*SESSION_COOKIE_SECURE/,
    );
  });
});
