import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pino } from 'pino';
import type { FastifyInstance } from 'fastify';
import { createEdge } from '../edge.js';
import type { EdgeOptions } from '../edge.js';

export const SEARCH_V1 = '1.0.0+aaaaaa1';
export const SEARCH_V2 = '1.1.0+bbbbbb2';

/** A trimmed Module Federation 2.0 manifest of the shape `@module-federation/enhanced` emits. */
export function fakeManifest(publicPath = 'auto') {
  return {
    id: 'tessera_search',
    name: 'tessera_search',
    metaData: {
      name: 'tessera_search',
      type: 'app',
      publicPath,
      remoteEntry: { name: 'remoteEntry.js', path: '', type: 'global' },
      globalName: 'tessera_search',
    },
    shared: [
      {
        name: 'react',
        version: '19.3.1',
        assets: { js: { sync: ['vendor-react.js'], async: [] } },
      },
      {
        name: 'react-dom',
        version: '19.3.1',
        assets: { js: { sync: ['vendor-react-dom.js'], async: [] } },
      },
    ],
    remotes: [],
    exposes: [
      { name: 'app', path: './app', assets: { js: { sync: ['app.js'], async: ['lazy.js'] } } },
      { name: 'search-box', path: './search-box', assets: { js: { sync: ['box.js'], async: [] } } },
    ],
  };
}

export function fakeRegistry(overrides: Record<string, unknown> = {}) {
  const release = (version: string) => ({
    version,
    manifest: `/assets/search/${version}/mf-manifest.json`,
  });
  return {
    revision: 3,
    apps: {
      search: {
        remote: 'tessera_search',
        framework: 'react',
        routes: ['/search'],
        current: release(SEARCH_V1),
        ...overrides,
      },
    },
  };
}

export const TEMPLATE = `<!doctype html><html><head><meta charset="utf-8"><!--tessera:head--></head><body></body></html>`;

export interface Fixture {
  dir: string;
  assetsDir: string;
  registryFile: string;
  write(relative: string, content: string | Buffer): Promise<void>;
  writeRegistry(registry: unknown): Promise<void>;
  edge(options?: Partial<EdgeOptions>): Promise<FastifyInstance>;
  cleanup(): Promise<void>;
}

/** A temp asset dir with a shell template, two search versions and a registry file. */
export async function createFixture(): Promise<Fixture> {
  const dir = await mkdtemp(join(tmpdir(), 'tessera-edge-'));
  const assetsDir = join(dir, 'assets');
  const registryFile = join(dir, 'registry.json');
  const write = async (relative: string, content: string | Buffer) => {
    await mkdir(dirname(join(assetsDir, relative)), { recursive: true });
    await writeFile(join(assetsDir, relative), content);
  };
  await write('shell.html', TEMPLATE);
  for (const version of [SEARCH_V1, SEARCH_V2]) {
    await write(`search/${version}/mf-manifest.json`, JSON.stringify(fakeManifest()));
    await write(`search/${version}/remoteEntry.js`, `/* ${version} */`);
  }
  await writeFile(registryFile, JSON.stringify(fakeRegistry()));
  const apps: FastifyInstance[] = [];
  return {
    dir,
    assetsDir,
    registryFile,
    write,
    writeRegistry: (registry) => writeFile(registryFile, JSON.stringify(registry)),
    async edge(options = {}) {
      const app = await createEdge({
        assetsDir,
        registryFile,
        bffUrls: {},
        logger: pino({ level: 'silent' }),
        ...options,
      });
      apps.push(app);
      return app;
    },
    async cleanup() {
      await Promise.all(apps.map((app) => app.close()));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
