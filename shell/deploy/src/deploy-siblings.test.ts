// The deploy writes the compressed siblings while it verifies, and activates only once they are
// all written; these run deployCommand in-process on a temp workspace with a controllable
// compressor and a stand-in mount check.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { openEventLog, type EventLog } from '@tessera/log';
import { deployCommand, type CommandContext, type MountCheck } from './commands.js';
import { writeCompressedSibling, type SiblingEncoding } from './compress.js';
import { sourceFromPackage } from './descriptor.js';
import { readDeploys } from './deploys.js';
import { createSiblingWriter, SIBLINGS_COMPLETE, type CompressSibling } from './siblings.js';

const entry = `export const words = ${JSON.stringify('tessera '.repeat(400))};\n`;
const manifest = {
  name: 'tessera_search',
  metaData: { remoteEntry: { name: 'remoteEntry.js', path: '' } },
  shared: [],
  exposes: [{ name: 'app', path: './app', assets: { js: { sync: [], async: [] } } }],
};

let root: string;
let log: EventLog;
let out: string[];
const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'tessera-siblings-'));
  log = await openEventLog('memory:', { producer: 'deploy-siblings-test' });
  out = [];
  const tessera = { app: 'search', remote: 'tessera_search', framework: 'react', routes: ['/'] };
  await mkdir(join(root, 'mfe-search/dist'), { recursive: true });
  await writeFile(
    join(root, 'mfe-search/package.json'),
    JSON.stringify({ name: 'mfe-search', version: '1.0.0', tessera }),
  );
  await writeFile(join(root, 'mfe-search/dist/mf-manifest.json'), JSON.stringify(manifest));
  await writeFile(join(root, 'mfe-search/dist/remoteEntry.js'), entry);
  // Too small for a compressed sibling to be smaller: it never gets one.
  await writeFile(join(root, 'mfe-search/dist/tiny.css'), 'a{}');
});
afterEach(async () => {
  await log.close();
  await rm(root, { recursive: true, force: true });
});

/** A compressor that compresses for real once `release` is called. */
function gatedCompressor() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const calls: string[] = [];
  const compress: CompressSibling = async (file, encoding) => {
    calls.push(`${file}.${encoding}`);
    await gate;
    return writeCompressedSibling(file, encoding);
  };
  return { compress, release, calls };
}

const passingMountCheck = (onCheck: () => void = () => undefined): MountCheck => {
  return async () => {
    onCheck();
    return { name: 'headless mount', ok: true, detail: 'stand-in' };
  };
};

function context(compress: CompressSibling, mountCheck: MountCheck): CommandContext {
  return {
    root,
    assetsDir: join(root, 'assets'),
    log,
    actor: 'test',
    out: (line) => out.push(line),
    mountCheck,
    siblings: createSiblingWriter({ compress }),
  };
}

const deploy = async (ctx: CommandContext) =>
  deployCommand(ctx, await sourceFromPackage(join(root, 'mfe-search')), { skipBuild: true });
const current = async () => (await readDeploys(log)).registry.apps.search?.current.version;

describe('deploying writes the compressed siblings beside verify', () => {
  it('verifies while they are written and activates only once every one is', async () => {
    const gated = gatedCompressor();
    let compressingDuringCheck = false;
    const ctx = context(
      gated.compress,
      passingMountCheck(() => (compressingDuringCheck = gated.calls.length > 0)),
    );
    let settled = false;
    const deploying = deploy(ctx).finally(() => (settled = true));
    // Either the deploy waits for the siblings, or (the bug) it finished without them.
    await vi.waitFor(() => expect(settled || out.includes('→ compressed siblings...')).toBe(true));
    expect(compressingDuringCheck).toBe(true);
    expect(settled).toBe(false);
    expect(await current()).toBeUndefined();

    gated.release();
    await deploying;
    const version = (await current())!;
    const dir = join(root, 'assets/search', version);
    const br = await readFile(join(dir, 'remoteEntry.js.br'));
    expect(brotliDecompressSync(br).toString()).toBe(entry);
    expect(await exists(join(dir, 'remoteEntry.js.gz'))).toBe(true);
    expect(out.join('\n')).toMatch(
      /compressed siblings of 3 files: 4 written in \d+ ms, \d+ ms of it beside verify/,
    );
  });

  it('fails with DEPLOY_014 and activates nothing when a sibling cannot be written', async () => {
    const failing: CompressSibling = async (file, encoding: SiblingEncoding) => {
      if (encoding === 'br' && file.endsWith('remoteEntry.js')) throw new Error('disk full');
      return writeCompressedSibling(file, encoding);
    };
    const error = await deploy(context(failing, passingMountCheck())).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'DEPLOY_014',
      message: expect.stringMatching(/remoteEntry\.js\.br .*disk full\. Nothing was activated/),
    });
    expect(await current()).toBeUndefined();
  });

  it('writes the siblings a published version lacks when it is uploaded again, and says so', async () => {
    const compressed: string[] = [];
    const counting: CompressSibling = (file, encoding) => {
      compressed.push(`${file.slice(file.lastIndexOf('/') + 1)}.${encoding}`);
      return writeCompressedSibling(file, encoding);
    };
    await deploy(context(counting, passingMountCheck()));
    const dir = join(root, 'assets/search', (await current())!);
    // As a deploy killed while compressing leaves it.
    await rm(join(dir, 'remoteEntry.js.br'));
    await rm(join(dir, SIBLINGS_COMPLETE));
    compressed.length = 0;
    out = [];

    await deploy(context(counting, passingMountCheck()));
    expect(out.join('\n')).toContain('compressed siblings missing for 2 files');
    expect(compressed.sort()).toEqual(['remoteEntry.js.br', 'tiny.css.br', 'tiny.css.gz']);
    expect(brotliDecompressSync(await readFile(join(dir, 'remoteEntry.js.br'))).toString()).toBe(
      entry,
    );

    // Complete now: even the file without siblings is not compressed again.
    compressed.length = 0;
    await deploy(context(counting, passingMountCheck()));
    expect(compressed).toEqual([]);
  });
});
