import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webpack from 'webpack';
import { describe, expect, it } from 'vitest';
import { createRemoteConfig } from './index.js';
import { RELEASE_PLACEHOLDER } from './release-global.js';

const tessera = { app: 'demo', remote: 'tessera_demo', framework: 'none', routes: ['/demo'] };

/** A framework-free remote package whose `./app` mounts a heading reading `label`. */
function remotePackage(label: string) {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-release-global-'));
  const pkg = { name: 'mfe-demo', version: '1.0.0', dependencies: {}, tessera };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg));
  mkdirSync(join(dir, 'src'));
  writeFileSync(
    join(dir, 'src', 'app.js'),
    `export async function bootstrap() {}
export async function mount({ domElement }) { domElement.textContent = ${JSON.stringify(label)}; }
export async function unmount() {}`,
  );
  return dir;
}

/** Builds the package's remote for production, as a deploy does; resolves to its files. */
async function build(dir: string, outDir = join(dir, 'dist')) {
  const [config] = createRemoteConfig({ dir, outDir, exposes: { './app': './src/app.js' } })(
    { remoteOnly: true },
    { mode: 'production' },
  );
  await new Promise<void>((resolve, reject) => {
    webpack({ ...config!, stats: false }, (error, stats) => {
      if (error || stats?.hasErrors()) reject(error ?? new Error(stats!.toString('errors-only')));
      else resolve();
    });
  });
  const files = Object.fromEntries(
    readdirSync(outDir).map((name) => [name, readFileSync(join(outDir, name), 'utf8')]),
  );
  return { outDir, files };
}

/** Every `webpackChunk…` name the files use. */
const chunkGlobals = (files: Record<string, string>) =>
  new Set(Object.values(files).flatMap((text) => text.match(/webpackChunk\w+/g) ?? []));

describe('the per-release chunk-loading global', () => {
  it('is one hashed name shared by the entry and its chunks, and the manifest names real files', async () => {
    const { files } = await build(remotePackage('Demo'));
    const globals = [...chunkGlobals(files)];
    expect(globals).toHaveLength(1);
    expect(globals[0]).toMatch(/^webpackChunktessera_demo_[0-9a-f]{16}$/);
    expect(Object.values(files).some((text) => text.includes(RELEASE_PLACEHOLDER))).toBe(false);
    const exposed = files['mf-manifest.json']!.match(/__federation_expose_app\.[0-9a-f]{8}\.js/);
    expect(Object.keys(files)).toContain(exposed?.[0]);
    expect(files[exposed![0]]).toContain(globals[0]);
  }, 60_000);

  it('is the same for the same source, with byte-identical builds, and differs when the code does', async () => {
    const dir = remotePackage('Demo');
    const first = await build(dir, join(dir, 'first'));
    const again = await build(dir, join(dir, 'again'));
    const other = await build(remotePackage('Demo v2'));
    expect(again.files).toEqual(first.files);
    expect(chunkGlobals(other.files)).not.toEqual(chunkGlobals(first.files));
  }, 60_000);
});
