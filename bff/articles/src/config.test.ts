import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from '@tessera/kit';
import { describe, expect, it } from 'vitest';
import { LOCAL_JWKS_URL, articlesEnvSchema, sessionKeySource } from './config.js';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

const jwk = { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' };

describe('the articles environment', () => {
  it('has working defaults: port 7103, the sqlite log, keys from the local login BFF', () => {
    const env = loadConfig(articlesEnvSchema, {});
    expect(env.PORT).toBe(7103);
    expect(env.EVENT_LOG_URL).toBe(`sqlite:${join(REPO_ROOT, '.data')}/log.db`);
    expect(sessionKeySource(env)).toEqual({ jwksUrl: LOCAL_JWKS_URL });
  });

  it('takes a public JWK or a JWKS document as SESSION_PUBLIC_KEY', () => {
    const one = loadConfig(articlesEnvSchema, { SESSION_PUBLIC_KEY: JSON.stringify(jwk) });
    expect(sessionKeySource(one)).toEqual({ jwks: { keys: [jwk] } });
    const set = loadConfig(articlesEnvSchema, {
      SESSION_PUBLIC_KEY: JSON.stringify({ keys: [jwk] }),
    });
    expect(sessionKeySource(set)).toEqual({ jwks: { keys: [jwk] } });
  });

  it('refuses a private key, bad JSON, a bad port, and no key source in production', () => {
    const cases = [
      { SESSION_PUBLIC_KEY: JSON.stringify({ ...jwk, d: 'secret' }) },
      { SESSION_PUBLIC_KEY: '{not json' },
      { PORT: '70000' },
      { NODE_ENV: 'production' },
      { SESSION_JWKS_URL: 'ftp://example.com/keys' },
    ];
    for (const env of cases) {
      expect(() => loadConfig(articlesEnvSchema, env), JSON.stringify(env)).toThrow(ConfigError);
    }
    const names = (() => {
      try {
        loadConfig(articlesEnvSchema, { NODE_ENV: 'production' });
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(names).toContain('SESSION_PUBLIC_KEY');
    const leak = { SESSION_PUBLIC_KEY: JSON.stringify({ keys: [{ ...jwk, d: 'secret' }] }) };
    expect(() => loadConfig(articlesEnvSchema, leak)).toThrow(/private key/);
  });
});
