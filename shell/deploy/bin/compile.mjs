// Bundles the TypeScript CLI with esbuild into node_modules/.cache, so `tessera` starts on plain
// Node: going through tsx costs seconds per command, the bundle a fraction of one. Workspace
// packages are bundled (they ship TypeScript); every other package stays an import of the file
// this checkout resolves it to. The bundle is rebuilt when any file it was made from changed.
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(packageDir, 'node_modules', '.cache', 'tessera-cli');
const stampFile = join(outDir, 'inputs.json');
const entryFile = join(outDir, 'cli.js');

const mtimeOf = async (file) => (await stat(file).catch(() => undefined))?.mtimeMs;

async function isFresh() {
  const stamp = JSON.parse(await readFile(stampFile, 'utf8').catch(() => '{"inputs":{}}'));
  const files = Object.entries(stamp.inputs);
  if (files.length === 0) return false;
  const same = await Promise.all(files.map(async ([file, ms]) => (await mtimeOf(file)) === ms));
  return same.every(Boolean);
}

/** Keeps third-party packages out of the bundle, pinned to the file they resolve to here. */
function externalPackages(resolved) {
  return {
    name: 'external-packages',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData === 'resolving' || args.path.startsWith('@tessera/')) return undefined;
        const found = await build.resolve(args.path, {
          kind: args.kind,
          resolveDir: args.resolveDir,
          pluginData: 'resolving',
        });
        if (found.errors.length > 0) return { errors: found.errors };
        if (found.external) return { path: args.path, external: true };
        resolved.add(found.path);
        return { path: pathToFileURL(found.path).href, external: true };
      });
    },
  };
}

async function compile() {
  const { build } = await import('esbuild');
  const resolved = new Set();
  const result = await build({
    entryPoints: {
      cli: join(packageDir, 'src', 'cli.ts'),
      'mount-worker': join(packageDir, 'src', 'mount-worker.ts'),
    },
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    metafile: true,
    logLevel: 'error',
    absWorkingDir: packageDir,
    plugins: [externalPackages(resolved)],
  });
  const inputs = [
    ...Object.keys(result.metafile.inputs).map((f) => join(packageDir, f)),
    ...resolved,
  ];
  const stamps = await Promise.all(inputs.map(async (file) => [file, await mtimeOf(file)]));
  await mkdir(outDir, { recursive: true });
  await writeFile(stampFile, JSON.stringify({ inputs: Object.fromEntries(stamps) }));
}

/** The URL of an up-to-date compiled CLI, building it first when a source changed. */
export async function compiledCli() {
  if (!(await isFresh())) await compile();
  return pathToFileURL(entryFile).href;
}
