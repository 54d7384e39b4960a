import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { entriesToSave, readCacheFile, writeCacheFile } from './compile-cache-store.mjs';

const run = promisify(execFile);
const hook = pathToFileURL(join(import.meta.dirname, 'compile-cache.mjs')).href;
let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'tessera-compile-cache-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

/**
 * A fresh Node with the cache in `cacheDir` that requires `main.cjs` from the fixture folder
 * and prints what it exported and the cache's counts, after the modules ran.
 */
async function requireWithCache(cacheDir: string) {
  const script = `
    import { createRequire } from 'node:module';
    import { enableCompileCache } from ${JSON.stringify(hook)};
    const counts = enableCompileCache({ dir: ${JSON.stringify(cacheDir)}, name: 'test' });
    const loaded = createRequire(${JSON.stringify(join(root, 'app', 'x.js'))})('./main.cjs');
    console.log(JSON.stringify({ value: await loaded.value(), counts }));
  `;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script]);
  return JSON.parse(stdout) as { value: unknown; counts: { restored: number; compiled: number } };
}

/**
 * CommonJS requiring CommonJS, CommonJS that only says `import(` in a comment and a string,
 * CommonJS importing through `new Function`, an ES module `.js` (no "type") and a dynamic import.
 */
async function writeFixture() {
  const app = join(root, 'app');
  await mkdir(app);
  await writeFile(
    join(app, 'main.cjs'),
    `const { twice } = require('./twice.cjs');
     const { plus } = require('./esm-syntax.js');
     const { word } = require('./mentions.cjs');
     const { load } = require('./evaluates.cjs');
     exports.value = async () => ({
       sum: plus(twice(2), 1),
       word,
       here: __dirname === ${JSON.stringify(app)},
       resolved: require.resolve('./twice.cjs') === ${JSON.stringify(join(app, 'twice.cjs'))},
       dynamic: (await import('./twice.cjs')).twice(5),
       evaluated: typeof (await load('node:path')).join,
     });`,
  );
  await writeFile(join(app, 'twice.cjs'), 'exports.twice = (n) => n * 2;');
  await writeFile(
    join(app, 'mentions.cjs'),
    '// Webpack parses import() in the code it bundles.\nexports.word = "import(";',
  );
  await writeFile(
    join(app, 'evaluates.cjs'),
    "exports.load = new Function('specifier', 'return import(specifier)');",
  );
  await writeFile(join(app, 'esm-syntax.js'), 'export const plus = (a, b) => a + b;');
}

/** What main.cjs's `value()` resolves to, with or without the cache. */
const FIXTURE_VALUE = {
  sum: 5,
  word: 'import(',
  here: true,
  resolved: true,
  dynamic: 10,
  evaluated: 'function',
};

describe('enableCompileCache', () => {
  it('restores from the cache what an earlier run compiled, with the same results', async () => {
    await writeFixture();
    const cacheDir = join(root, 'cache');
    const expected = FIXTURE_VALUE;
    const first = await requireWithCache(cacheDir);
    expect(first.value).toEqual(expected);
    // main.cjs and evaluates.cjs import, so Node compiles them; twice.cjs and mentions.cjs are cached.
    expect(first.counts).toEqual({ restored: 0, compiled: 2 });
    expect(await readdir(cacheDir)).toEqual(['test.cache']);
    const stored = readCacheFile(join(cacheDir, 'test.cache'));
    expect(stored.get(join(root, 'app', 'main.cjs'))?.data.length).toBe(0);
    expect(stored.get(join(root, 'app', 'evaluates.cjs'))?.data.length).toBe(0);
    const second = await requireWithCache(cacheDir);
    expect(second.value).toEqual(expected);
    expect(second.counts).toEqual({ restored: 2, compiled: 0 });
  });

  it('runs as without it when the cache cannot be written', async () => {
    await writeFixture();
    const notADir = join(root, 'file');
    await writeFile(notADir, 'in the way');
    const result = await requireWithCache(join(notADir, 'cache'));
    expect(result.value).toEqual(FIXTURE_VALUE);
  });
});

describe('cache file', () => {
  const entry = (text: string) => ({ hash: `h-${text}`, data: Buffer.from(text) });

  it('reads back what was written, and nothing from a damaged file', async () => {
    const file = join(root, 'c', 'x.cache');
    const entries = new Map([
      ['/a.js', entry('aaa')],
      ['/b.js', entry('bb')],
    ]);
    expect(writeCacheFile(file, entries)).toBe(true);
    expect(readCacheFile(file)).toEqual(entries);
    await writeFile(file, 'not a cache');
    expect(readCacheFile(file).size).toBe(0);
  });

  it("keeps the stored entries another command used, this run's winning", () => {
    const stored = new Map([
      ['/a.js', entry('old')],
      ['/b.js', entry('other')],
    ]);
    const saved = entriesToSave(stored, new Map([['/a.js', entry('new')]]));
    expect(saved).toEqual(
      new Map([
        ['/a.js', entry('new')],
        ['/b.js', entry('other')],
      ]),
    );
  });
});
