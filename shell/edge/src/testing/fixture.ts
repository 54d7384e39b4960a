import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pino } from 'pino';
import type { FastifyInstance } from 'fastify';
import type { EventLog, NewEvent } from '@tessera/log';
import { openEventLog } from '@tessera/log';
import type { RegistryApp } from '@tessera/registry';
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
      {
        name: 'app',
        path: './app',
        assets: {
          js: { sync: ['app.js'], async: ['lazy.js'] },
          css: { sync: ['app.css'], async: [] },
        },
      },
      {
        name: 'search-box',
        path: './search-box',
        assets: { js: { sync: ['box.js'], async: [] }, css: { sync: ['box.css'], async: [] } },
      },
    ],
  };
}

export function fakeRegistry(overrides: Record<string, unknown> = {}) {
  const release = (version: string) => ({
    version,
    manifest: `/assets/search/${version}/mf-manifest.json`,
  });
  return {
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

/** The `deploy.*` events that give each app of `apps` its current, previous and canary release. */
export function deployEventsFor(apps: Record<string, Partial<RegistryApp>>): NewEvent[] {
  return Object.entries(apps).flatMap(([app, entry]) => {
    const { current, previous, canary, remote, framework, routes, slot, nav, parcels } = entry;
    const links = nav?.map((link) => ({ ...link, order: link.order ?? 100 }));
    const meta = { app, remote, framework, routes, slot, nav: links, parcels, actor: 'edge-test' };
    const releases = [previous, current].filter((r) => r !== undefined);
    const events: NewEvent[] = releases.map((release) => ({
      type: 'deploy.activated',
      key: app,
      data: { ...meta, ...release },
    }));
    if (canary) {
      events.push({
        type: 'deploy.canary-started',
        key: app,
        data: { app, actor: 'edge-test', ...canary },
      });
    }
    return events;
  });
}

export interface Fixture {
  dir: string;
  assetsDir: string;
  log: EventLog;
  write(relative: string, content: string | Buffer): Promise<void>;
  /** Appends the deploy events that turn the registry into `registry` (apps in it only). */
  deploy(registry: { apps: object }): Promise<void>;
  edge(options?: Partial<EdgeOptions>): Promise<FastifyInstance>;
  cleanup(): Promise<void>;
}

/** A temp asset dir with a shell template, two search versions, and a memory log with them deployed. */
export async function createFixture(): Promise<Fixture> {
  const dir = await mkdtemp(join(tmpdir(), 'tessera-edge-'));
  const assetsDir = join(dir, 'assets');
  const log = await openEventLog('memory:', { producer: 'edge-test' });
  const deploy = async (registry: { apps: object }) => {
    await log.append(
      'deploys',
      deployEventsFor(registry.apps as Record<string, Partial<RegistryApp>>),
    );
  };
  const write = async (relative: string, content: string | Buffer) => {
    await mkdir(dirname(join(assetsDir, relative)), { recursive: true });
    await writeFile(join(assetsDir, relative), content);
  };
  await write('shell.html', TEMPLATE);
  for (const version of [SEARCH_V1, SEARCH_V2]) {
    await write(`search/${version}/mf-manifest.json`, JSON.stringify(fakeManifest()));
    await write(`search/${version}/remoteEntry.js`, `/* ${version} */`);
  }
  await deploy(fakeRegistry());
  const apps: FastifyInstance[] = [];
  return {
    dir,
    assetsDir,
    log,
    write,
    deploy,
    async edge(options = {}) {
      const app = await createEdge({
        assetsDir,
        eventLog: log,
        bffUrls: {},
        logger: pino({ level: 'silent' }),
        ...options,
      });
      apps.push(app);
      return app;
    },
    async cleanup() {
      await Promise.all(apps.map((app) => app.close()));
      await log.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
