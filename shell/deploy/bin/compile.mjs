// Bundles the TypeScript CLI with esbuild into node_modules/.cache, so `tessera` starts on plain
// Node: going through tsx costs seconds per command, the bundle a fraction of one. Workspace
// packages are bundled (they ship TypeScript); every other package stays an import of the file
// this checkout resolves it to. The bundle is rebuilt when any file it was made from changed,
// into a folder of its own (bundle-dir.mjs).
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { publishBuild, pruneBuilds, readCurrent, tempBuildDir } from './bundle-dir.mjs';

const thisFile = fileURLToPath(import.meta.url);
const defaultPackageDir = join(dirname(thisFile), '..');

const mtimeOf = async (file) => (await stat(file).catch(() => undefined))?.mtimeMs;

async function isFresh(current) {
  const files = Object.entries(current?.inputs ?? {});
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

/** Builds into a new temp folder; resolves with it and the stamps of every file it was made from. */
async function compile(packageDir, cacheDir) {
  const { build } = await import('esbuild');
  const outDir = tempBuildDir(cacheDir);
  const resolved = new Set();
  const result = await build({
    entryPoints: {
      cli: join(packageDir, 'src', 'cli.ts'),
      'mount-worker': join(packageDir, 'bin', 'mount-worker-entry.mjs'),
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
  // Its `.js` files are ES modules: said here, Node loads them as such without first trying
  // them as CommonJS (the folder is inside node_modules, so no package.json above counts).
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'package.json'), '{ "type": "module" }\n');
  const inputs = [
    ...Object.keys(result.metafile.inputs).map((f) => join(packageDir, f)),
    ...resolved,
    thisFile,
  ];
  const stamps = await Promise.all(inputs.map(async (file) => [file, await mtimeOf(file)]));
  return { outDir, inputs: Object.fromEntries(stamps) };
}

/**
 * The URL of an up-to-date compiled CLI, building it first when a source changed; a build also
 * removes the folders of builds superseded long ago.
 */
export async function compiledCli(options = {}) {
  const packageDir = options.packageDir ?? defaultPackageDir;
  const cacheDir = options.cacheDir ?? join(packageDir, 'node_modules', '.cache', 'tessera-cli');
  const current = await readCurrent(cacheDir);
  if (current && (await isFresh(current))) {
    return pathToFileURL(join(cacheDir, current.build, 'cli.js')).href;
  }
  const { outDir, inputs } = await compile(packageDir, cacheDir);
  const dir = await publishBuild(cacheDir, outDir, inputs);
  await pruneBuilds(cacheDir, { current: basename(dir) });
  return pathToFileURL(join(dir, 'cli.js')).href;
}
