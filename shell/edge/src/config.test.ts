import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';

describe('edge configuration', () => {
  it('has working defaults for every variable', () => {
    const result = readConfig({}, '/srv/tessera');
    expect(result).toEqual({
      ok: true,
      config: {
        port: 8080,
        host: '127.0.0.1',
        assetsDir: '/srv/tessera/.data/assets',
        eventLogUrl: 'sqlite:/srv/tessera/.data/log.db',
        canary: { minViews: 20, maxErrorRate: 0.2 },
        bffUrls: {
          login: 'http://127.0.0.1:7101',
          search: 'http://127.0.0.1:7102',
          articles: 'http://127.0.0.1:7103',
        },
        logLevel: 'info',
        devRemotes: {},
      },
    });
  });

  it('takes a relative sqlite log path from the working directory and leaves other URLs alone', () => {
    const url = (EVENT_LOG_URL: string) => {
      const result = readConfig({ EVENT_LOG_URL }, '/srv');
      return result.ok ? result.config.eventLogUrl : result.message;
    };
    expect(url('sqlite:data/log.db')).toBe('sqlite:/srv/data/log.db');
    expect(url('sqlite:/var/log.db')).toBe('sqlite:/var/log.db');
    expect(url('nats://a:4222,b:4222')).toBe('nats://a:4222,b:4222');
  });

  it('names each bad variable in its message', () => {
    const result = readConfig({ PORT: 'eighty', SEARCH_BFF_URL: 'ftp://x' }, '/');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('PORT:');
    expect(result.message).toContain('SEARCH_BFF_URL: must be an http(s) URL');
  });

  it('reads dev remotes as app=origin pairs', () => {
    const result = readConfig(
      { DEV_REMOTES: 'search=http://127.0.0.1:3102,login=http://127.0.0.1:3101' },
      '/',
    );
    expect(result.ok && result.config.devRemotes).toEqual({
      search: 'http://127.0.0.1:3102',
      login: 'http://127.0.0.1:3101',
    });
    const bad = readConfig({ DEV_REMOTES: 'search' }, '/');
    expect(!bad.ok && bad.message).toContain('DEV_REMOTES');
  });
});
