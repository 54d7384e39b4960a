import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { openEventLog, type EventLog } from '@tessera/log';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { removeStaleTemps, STALE_TEMP_MS } from './atomic.js';
import { sourceFromPackage } from './descriptor.js';
import { publish } from './publish.js';

let root: string;
let assetsDir: string;
let eventLog: EventLog;

/** Sets a file's or folder's times `ageMs` in the past. */
async function backdate(path: string, ageMs: number) {
  const at = new Date(Date.now() - ageMs);
  await utimes(path, at, at);
}

async function put(path: string, content = 'x', ageMs = 0) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
  await backdate(path, ageMs);
}

async function publishSearch() {
  const dir = join(root, 'mfe-search');
  await put(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'mfe-search',
      version: '1.0.0',
      tessera: { app: 'search', remote: 'tessera_search', framework: 'react', routes: ['/search'] },
    }),
  );
  await put(join(dir, 'dist/mf-manifest.json'), JSON.stringify({ name: 'tessera_search' }));
  await put(join(dir, 'dist/remoteEntry.js'), `export const a = "${'tessera '.repeat(200)}";\n`);
  const report = await publish({ assetsDir, eventLog, apps: [await sourceFromPackage(dir)] });
  return join(assetsDir, 'search', report.apps[0]!.version);
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'tessera-temps-'));
  assetsDir = join(root, 'assets');
  eventLog = await openEventLog('memory:', { producer: 'deploy-test' });
});
afterEach(async () => {
  await eventLog.close();
  await rm(root, { recursive: true, force: true });
});

describe('temps left by a killed upload', () => {
  it('removes temps unchanged for longer than any upload takes, and nothing else', async () => {
    const old = STALE_TEMP_MS + 60_000;
    await put(join(root, '.tmp-a.js.br-1'), 'x', old);
    await put(join(root, '.tmp-1.0.0-2/remoteEntry.js'), 'x', old);
    await backdate(join(root, '.tmp-1.0.0-2'), old);
    await put(join(root, '.tmp-b.js.gz-3'), 'x', 1_000);
    await put(join(root, 'a.js'), 'x', old);

    expect(await removeStaleTemps(root)).toBe(2);
    expect((await readdir(root)).sort()).toEqual(['.tmp-b.js.gz-3', 'a.js']);
  });

  it('are cleared when the version or its app folder is published again', async () => {
    const version = await publishSearch();
    const old = STALE_TEMP_MS + 60_000;
    await put(join(version, 'assets/.tmp-logo.svg.br-1'), 'x', old);
    await put(join(version, '.tmp-remoteEntry.js.br-2'), 'x', 1_000);
    await put(join(dirname(version), '.tmp-1.0.0+abc-3/remoteEntry.js'), 'x', old);
    await backdate(join(dirname(version), '.tmp-1.0.0+abc-3'), old);

    await publishSearch();

    expect(await readdir(join(version, 'assets'))).toEqual([]);
    // A temp that recent may belong to a publish of the same version running now.
    expect(await readdir(version)).toContain('.tmp-remoteEntry.js.br-2');
    expect(await readdir(dirname(version))).toEqual([version.split('/').at(-1)]);
  });

  it("are cleared from the shell's folder when the shell is published", async () => {
    const dist = join(root, 'shell/dist');
    await put(join(dist, 'index.html'), '<html><head><!--tessera:head--></head></html>');
    await put(join(dist, 'main.abc.js'), 'export {};\n');
    await put(join(assetsDir, 'shell/.tmp-main.old.js.br-1'), 'x', STALE_TEMP_MS + 60_000);

    await publish({ assetsDir, eventLog, apps: [], shellDistDir: dist });

    expect(await readdir(join(assetsDir, 'shell'))).toEqual(['main.abc.js']);
  });
});
