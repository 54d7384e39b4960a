import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Fixture } from './testing/fixture.js';
import { createFixture, fakeRegistry, SEARCH_V2 } from './testing/fixture.js';

const html = { accept: 'text/html' };

/** A stand-in for the shell's webpack-dev-server. */
async function startShellDevServer() {
  const server: Server = createServer((req, res) => {
    if (req.url === '/assets/shell/index.html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(
        '<html><head><!--tessera:head--><script src="/assets/shell/shell.js"></script></head></html>',
      );
    } else if (req.url === '/assets/shell/shell.js') {
      res.writeHead(200, {
        'content-type': 'application/javascript',
        'cache-control': 'max-age=60',
      });
      res.end('/* live shell */');
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('dev mode', () => {
  let fixture: Fixture;
  beforeEach(async () => {
    fixture = await createFixture();
  });
  afterEach(() => fixture.cleanup());

  it("points a live app's registry entry at its dev server and allows that origin in the CSP", async () => {
    const canary = {
      version: SEARCH_V2,
      manifest: `/assets/search/${SEARCH_V2}/mf-manifest.json`,
      percent: 50,
    };
    await fixture.deploy(fakeRegistry({ canary }));
    const edge = await fixture.edge({ devRemotes: { search: 'http://127.0.0.1:3102' } });
    const registry = (await edge.inject({ url: '/registry.json' })).json();
    expect(registry.apps.search.current).toEqual({
      version: '0.0.0-dev+devserver',
      manifest: 'http://127.0.0.1:3102/mf-manifest.json',
    });
    expect(registry.apps.search.canary).toBeUndefined();
    const page = await edge.inject({ url: '/search', headers: html });
    expect(page.body).not.toContain('rel="preload"');
    expect(page.headers['content-security-policy']).toContain(
      "connect-src 'self' http://127.0.0.1:3102 ws://127.0.0.1:3102",
    );
  });

  it("serves the live shell's template and bundle from its dev server, uncached", async () => {
    const shell = await startShellDevServer();
    try {
      const edge = await fixture.edge({ shellDevUrl: shell.url });
      const page = await edge.inject({ url: '/search', headers: html });
      expect(page.body).toContain('<script src="/assets/shell/shell.js">');
      expect(page.body).toContain('id="tessera-registry"');
      const bundle = await edge.inject({ url: '/assets/shell/shell.js' });
      expect(bundle.body).toBe('/* live shell */');
      expect(bundle.headers['cache-control']).toBe('no-store');
    } finally {
      // The edge first: its keep-alive sockets would hold the dev server's close open.
      await fixture.cleanup();
      await shell.close();
    }
  });
});
