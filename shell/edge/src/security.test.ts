import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Fixture } from './testing/fixture.js';
import { createFixture, SEARCH_V1 } from './testing/fixture.js';
import { securityHeaders } from './security.js';

const expected = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

describe('security headers', () => {
  let fixture: Fixture;
  beforeEach(async () => {
    fixture = await createFixture();
  });
  afterEach(() => fixture.cleanup());

  it('are on pages, assets, the registry, health and problem documents alike', async () => {
    const edge = await fixture.edge();
    for (const url of [
      '/',
      '/search',
      `/assets/search/${SEARCH_V1}/remoteEntry.js`,
      '/registry.json',
      '/healthz',
      '/assets/nope',
      '/api/nope',
    ]) {
      const response = await edge.inject({ url, headers: { accept: 'text/html' } });
      expect(response.headers, url).toMatchObject(expected);
      expect(response.headers['permissions-policy'], url).toContain('camera=()');
    }
  });

  it('admit dev-server origins, with their HMR websockets, only when dev remotes are given', () => {
    const csp = securityHeaders(['http://127.0.0.1:3102'])['content-security-policy'];
    expect(csp).toContain("script-src 'self' http://127.0.0.1:3102;");
    expect(csp).toContain("connect-src 'self' http://127.0.0.1:3102 ws://127.0.0.1:3102;");
    expect(securityHeaders()['content-security-policy']).toBe(expected['content-security-policy']);
  });
});

describe('the health route', () => {
  it('answers ok', async () => {
    const fixture = await createFixture();
    const edge = await fixture.edge();
    const response = await edge.inject({ url: '/healthz' });
    expect(response.json()).toEqual({ status: 'ok' });
    await fixture.cleanup();
  });
});
