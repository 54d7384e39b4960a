import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import type { EventLog } from '@tessera/log';
import { openEventLog } from '@tessera/log';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { discoverMfes, sourceFromFixture, sourceFromPackage } from './descriptor.js';
import { writeCompressedSibling } from './compress.js';
import { DeployError } from './errors.js';
import { readDeploys } from './deploys.js';
import { publish } from './publish.js';

const tessera = {
  app: 'search',
  remote: 'tessera_search',
  framework: 'react',
  routes: ['/search'],
  nav: [{ label: 'Search', href: '/search', order: 20 }],
};
const bigScript = `export const words = ${JSON.stringify('tessera '.repeat(400))};\n`;

let root: string;
let assetsDir: string;
let eventLog: EventLog;

async function put(path: string, content: string | Buffer) {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), content);
}

async function makeMfe(dir = 'mfe-search', version = '1.2.0', block: object = tessera) {
  await put(`${dir}/package.json`, JSON.stringify({ name: dir, version, tessera: block }));
  await put(
    `${dir}/dist/mf-manifest.json`,
    JSON.stringify({ name: 'tessera_search', metaData: {} }),
  );
  await put(`${dir}/dist/remoteEntry.js`, bigScript);
  await put(`${dir}/dist/logo.png`, Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  return sourceFromPackage(join(root, dir));
}

const registry = async () => (await readDeploys(eventLog)).registry;
const run = async (apps: Awaited<ReturnType<typeof makeMfe>>[], shellDistDir?: string) =>
  publish({ assetsDir, eventLog, apps, shellDistDir });

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'tessera-publish-'));
  assetsDir = join(root, '.data/assets');
  eventLog = await openEventLog('memory:', { producer: 'deploy-test' });
});
afterEach(async () => {
  await eventLog.close();
  await rm(root, { recursive: true, force: true });
});

describe('publishing an app', () => {
  it('copies the build to <app>/<version> with version = package version + content hash', async () => {
    const report = await run([await makeMfe()]);
    const { version } = report.apps[0]!;
    expect(version).toMatch(/^1\.2\.0\+[0-9a-f]{8}$/);
    expect(report.apps[0]).toMatchObject({
      status: 'published',
      files: 3,
      // The manifest is too small for a sibling to be smaller.
      siblings: { files: 2, written: 2, copied: 0 },
    });
    const dir = join(assetsDir, 'search', version);
    expect(await readFile(join(dir, 'remoteEntry.js'), 'utf8')).toBe(bigScript);
    expect(brotliDecompressSync(await readFile(join(dir, 'remoteEntry.js.br'))).toString()).toBe(
      bigScript,
    );
    expect(gunzipSync(await readFile(join(dir, 'remoteEntry.js.gz'))).toString()).toBe(bigScript);
    // Binary assets get no compressed siblings.
    expect((await readdir(dir)).sort()).toEqual([
      '.siblings-complete',
      'logo.png',
      'mf-manifest.json',
      'remoteEntry.js',
      'remoteEntry.js.br',
      'remoteEntry.js.gz',
    ]);
  });

  it('derives the same version from the same build and a new one from a changed build', async () => {
    const first = (await run([await makeMfe()])).apps[0]!.version;
    await rm(join(assetsDir), { recursive: true });
    expect((await run([await makeMfe()])).apps[0]!.version).toBe(first);
    await put('mfe-search/dist/remoteEntry.js', bigScript + '// changed\n');
    expect(
      (await run([await sourceFromPackage(join(root, 'mfe-search'))])).apps[0]!.version,
    ).not.toBe(first);
  });

  it("reuses an earlier version's compressed siblings of an unchanged file", async () => {
    await put('mfe-search/dist/framework.js', bigScript);
    const first = (await run([await makeMfe()])).apps[0]!.version;
    // Marked, so a copy can be told from a fresh compression.
    await writeFile(join(assetsDir, 'search', first, 'framework.js.br'), 'from the first');
    await put('mfe-search/dist/remoteEntry.js', bigScript + '// changed\n');
    const second = await run([await sourceFromPackage(join(root, 'mfe-search'))]);
    const dir = join(assetsDir, 'search', second.apps[0]!.version);
    expect(await readFile(join(dir, 'framework.js.br'), 'utf8')).toBe('from the first');
    expect(gunzipSync(await readFile(join(dir, 'framework.js.gz'))).toString()).toBe(bigScript);
    const entry = brotliDecompressSync(await readFile(join(dir, 'remoteEntry.js.br')));
    expect(entry.toString()).toBe(bigScript + '// changed\n');
    expect(second.apps[0]!.siblings).toMatchObject({ files: 3, written: 2, copied: 2 });
  });

  it('leaves the standalone page out of the upload and the version', async () => {
    const bare = (await run([await makeMfe()])).apps[0]!.version;
    await rm(join(assetsDir), { recursive: true });
    await put('mfe-search/dist/standalone.html', '<!doctype html>');
    await put('mfe-search/dist/standalone/standalone.js', 'mount()');
    const report = await run([await makeMfe()]);
    expect(report.apps[0]!.version).toBe(bare);
    const dir = join(assetsDir, 'search', bare);
    expect(await readdir(dir)).not.toContain('standalone.html');
    expect(await readdir(dir)).not.toContain('standalone');
  });

  it('activates the registry entry from the tessera block on the deploys stream', async () => {
    const report = await run([await makeMfe()]);
    const { version } = report.apps[0]!;
    expect(await registry()).toEqual({
      revision: 1,
      apps: {
        search: {
          remote: 'tessera_search',
          framework: 'react',
          routes: ['/search'],
          slot: 'main',
          nav: [{ label: 'Search', href: '/search', order: 20 }],
          parcels: {},
          current: { version, manifest: `/assets/search/${version}/mf-manifest.json` },
        },
      },
    });
  });

  it('treats an identical re-publish as a no-op', async () => {
    const source = await makeMfe();
    await run([source]);
    const again = await run([source]);
    expect(again.apps[0]!.status).toBe('unchanged');
    expect(again.registry).toMatchObject({ revision: 1, changed: false });
    expect(await eventLog.head('deploys')).toBe(1);
  });

  it('makes the old current version previous when a new version is published', async () => {
    const old = (await run([await makeMfe()])).apps[0]!.version;
    await put('mfe-search/dist/remoteEntry.js', bigScript + '// v2\n');
    const next = (await run([await sourceFromPackage(join(root, 'mfe-search'))])).apps[0]!.version;
    const { revision, apps } = await registry();
    expect(revision).toBe(2);
    expect(apps.search?.current.version).toBe(next);
    expect(apps.search?.previous?.version).toBe(old);
    // Both versions stay served, so pages already open keep working.
    expect(await readdir(join(assetsDir, 'search'))).toEqual(expect.arrayContaining([old, next]));
  });

  it('refuses to overwrite a published version whose content differs, and leaves it alone', async () => {
    const source = await makeMfe();
    const { version } = (await run([source])).apps[0]!;
    const published = join(assetsDir, 'search', version, 'remoteEntry.js');
    await writeFile(published, 'tampered');
    const error = await run([source]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeployError);
    expect(error).toMatchObject({
      code: 'DEPLOY_001',
      message: expect.stringContaining('immutable'),
    });
    expect(await readFile(published, 'utf8')).toBe('tampered');
  });

  it('says how to build when the build is missing', async () => {
    const source = await makeMfe();
    await rm(source.distDir, { recursive: true });
    await expect(run([source])).rejects.toMatchObject({
      code: 'DEPLOY_002',
      message: expect.stringContaining('pnpm --filter mfe-search build'),
    });
  });

  it('activates again when only the descriptor changed', async () => {
    await run([await makeMfe()]);
    const moved = await makeMfe('mfe-search', '1.2.0', { ...tessera, routes: ['/find'] });
    expect((await run([moved])).registry).toMatchObject({ revision: 2, changed: true });
    expect((await registry()).apps.search?.routes).toEqual(['/find']);
  });
});

describe('compressed siblings when publishing', () => {
  it('activates nothing until every sibling is written', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let settled = false;
    const publishing = publish({
      assetsDir,
      eventLog,
      apps: [await makeMfe()],
      compressSibling: async (file, encoding) => {
        await gate;
        return writeCompressedSibling(file, encoding);
      },
    }).finally(() => (settled = true));
    // The copy is in place (the version is served, identity-encoded) before the siblings are.
    await vi.waitFor(async () => expect(await readdir(join(assetsDir, 'search'))).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    expect(await eventLog.head('deploys')).toBe(0);
    release();
    const report = await publishing;
    const dir = join(assetsDir, 'search', report.apps[0]!.version);
    expect(gunzipSync(await readFile(join(dir, 'remoteEntry.js.gz'))).toString()).toBe(bigScript);
    expect(await eventLog.head('deploys')).toBe(1);
  });

  it('fails with DEPLOY_014 and activates nothing when a sibling cannot be written', async () => {
    const failing = publish({
      assetsDir,
      eventLog,
      apps: [await makeMfe()],
      compressSibling: async () => {
        throw new Error('no space left on device');
      },
    });
    await expect(failing).rejects.toMatchObject({
      code: 'DEPLOY_014',
      message: expect.stringContaining('no space left on device'),
    });
    expect(await eventLog.head('deploys')).toBe(0);
  });
});

describe('concurrent publishes', () => {
  it('lose to a deploy that landed after they read the stream, changing nothing', async () => {
    const source = await makeMfe();
    const racing = {
      ...eventLog,
      async read(...args: Parameters<EventLog['read']>) {
        const events = await eventLog.read(...args);
        await publish({
          assetsDir,
          eventLog,
          apps: [
            await makeMfe('mfe-other', '1.0.0', {
              ...tessera,
              app: 'other',
              remote: 'tessera_other',
            }),
          ],
        });
        return events;
      },
    };
    await expect(publish({ assetsDir, eventLog: racing, apps: [source] })).rejects.toMatchObject({
      code: 'DEPLOY_008',
      message: expect.stringContaining('Run it again'),
    });
    expect(Object.keys((await registry()).apps)).toEqual(['other']);
  });
});

describe('publishing the shell', () => {
  const template =
    '<!doctype html><html><head><!--tessera:head--><script src="/assets/shell/main.abc.js"></script></head></html>';

  it('copies its files to shell/ and its index.html to shell.html', async () => {
    await put('shell/app/dist/index.html', template);
    await put('shell/app/dist/main.abc.js', bigScript);
    await put('shell/app/dist/favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const report = await run([], join(root, 'shell/app/dist'));
    expect(report.shell).toMatchObject({ files: 2 });
    expect(await readFile(join(assetsDir, 'shell.html'), 'utf8')).toBe(template);
    expect((await readdir(join(assetsDir, 'shell'))).sort()).toEqual([
      'favicon.svg',
      'main.abc.js',
      'main.abc.js.br',
      'main.abc.js.gz',
    ]);
    expect((await run([], join(root, 'shell/app/dist'))).shell).toMatchObject({ files: 0 });
  });

  it('refuses a template without the head marker', async () => {
    await put('shell/app/dist/index.html', '<html><head></head></html>');
    await expect(run([], join(root, 'shell/app/dist'))).rejects.toMatchObject({
      code: 'DEPLOY_006',
    });
  });
});

describe('finding what to publish', () => {
  it('discovers mfe-* packages that have a tessera block', async () => {
    await makeMfe('mfe-search');
    await makeMfe('mfe-login', '0.1.0', {
      ...tessera,
      app: 'login',
      remote: 'tessera_login',
      framework: 'vue',
    });
    await put('mfe-draft/package.json', JSON.stringify({ name: 'mfe-draft', version: '0.0.1' }));
    expect((await discoverMfes(root)).map((s) => s.tessera.app)).toEqual(['login', 'search']);
  });

  it('publishes an e2e fixture from its fixture.json without copying the descriptor', async () => {
    await put('fixtures/broken/fixture.json', JSON.stringify({ ...tessera, app: 'broken' }));
    await put('fixtures/broken/mf-manifest.json', '{}');
    await put('fixtures/broken/remoteEntry.js', 'throw new Error("boom")');
    const report = await run([await sourceFromFixture(join(root, 'fixtures/broken'))]);
    const dir = join(assetsDir, 'broken', report.apps[0]!.version);
    expect(report.apps[0]!.version).toMatch(/^0\.0\.0\+/);
    expect(await readdir(dir)).not.toContain('fixture.json');
    expect((await registry()).apps.broken?.current.version).toBe(report.apps[0]!.version);
  });

  it('builds with the remote-only script when the package has one, else with build', async () => {
    const pkg = (name: string, scripts: Record<string, string>) =>
      put(`${name}/package.json`, JSON.stringify({ name, version: '1.0.0', tessera, scripts }));
    await pkg('mfe-a', { build: 'webpack', 'build:remote': 'webpack --env remoteOnly' });
    await pkg('mfe-b', { build: 'webpack' });
    await pkg('mfe-c', {});
    const build = async (dir: string) => (await sourceFromPackage(join(root, dir))).build;
    expect(await build('mfe-a')).toEqual({
      name: 'build:remote',
      command: 'webpack --env remoteOnly',
    });
    expect(await build('mfe-b')).toEqual({ name: 'build', command: 'webpack' });
    expect(await build('mfe-c')).toBeUndefined();
  });

  it('explains what is wrong with a bad descriptor', async () => {
    await put(
      'mfe-x/package.json',
      JSON.stringify({ name: 'mfe-x', version: 'one', tessera: { app: 'X' } }),
    );
    await expect(sourceFromPackage(join(root, 'mfe-x'))).rejects.toMatchObject({
      code: 'DEPLOY_003',
      message: expect.stringContaining('version'),
    });
  });
});
