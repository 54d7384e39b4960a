import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AppName, NavLink, RegistryApp, RoutePattern, Slot } from '@tessera/registry';
import { DeployError } from './errors.js';

/** The `"tessera"` block of an MFE's package.json (see docs/contracts.md). */
export const TesseraBlock = z.object({
  app: AppName,
  remote: RegistryApp.shape.remote,
  framework: RegistryApp.shape.framework,
  routes: z.array(RoutePattern).min(1),
  slot: Slot.optional(),
  nav: z.array(NavLink).optional(),
  parcels: z.record(Slot, z.string().startsWith('./')).optional(),
  budgetKb: z.number().positive().optional(),
});
export type TesseraBlock = z.infer<typeof TesseraBlock>;

/** Something publishable: a built `dist` directory and what the registry needs to know about it. */
export interface PublishSource {
  /** Package name or fixture name, for messages. */
  name: string;
  distDir: string;
  /** Package version (semver, without the content hash). */
  version: string;
  tessera: TesseraBlock;
  /**
   * Files inside `distDir` that are not part of what ships (a fixture's own descriptor, an MFE's
   * standalone page); an entry ending in `/` names a folder.
   */
  exclude?: string[];
  /** The package script that builds what ships; none for a pre-built fixture. */
  build?: PackageScript;
}

/** A package.json script: its name and the command line it runs. */
export interface PackageScript {
  name: string;
  command: string;
}

/**
 * The standalone page @tessera/webpack-config adds to an MFE's build: for developing the app on
 * its own, never served by the edge, so neither uploaded nor part of the version's hash.
 */
export const STANDALONE_FILES = ['standalone.html', 'standalone/'];

/** Builds only the MF remote (`webpack --env remoteOnly`): what a deploy ships. */
export const REMOTE_BUILD_SCRIPT = 'build:remote';

/** `build:remote` when the package has it, else `build`. */
function buildScriptOf(scripts: Record<string, string>): PackageScript | undefined {
  const name = [REMOTE_BUILD_SCRIPT, 'build'].find((script) => scripts[script]);
  return name ? { name, command: scripts[name]! } : undefined;
}

const SemverVersion = z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'a semver version');

const Descriptor = z.object({
  name: z.string().optional(),
  version: SemverVersion,
  scripts: z.record(z.string(), z.string()).optional(),
  tessera: TesseraBlock,
});

/** A fixture's `fixture.json`: the tessera block itself, with an optional version. */
const FixtureDescriptor = TesseraBlock.extend({ version: SemverVersion.default('0.0.0') });

async function readDescriptor<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new DeployError('DEPLOY_003', `Cannot read ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new DeployError(
      'DEPLOY_003',
      `${file} is not a valid app descriptor (${issues}). Fix those fields.`,
    );
  }
  return parsed.data;
}

/** An MFE package: `<dir>/package.json` with a `"tessera"` block, built to `<dir>/dist`. */
export async function sourceFromPackage(dir: string): Promise<PublishSource> {
  const descriptor = await readDescriptor(join(dir, 'package.json'), Descriptor);
  const { version, tessera, scripts = {} } = descriptor;
  return {
    name: descriptor.name ?? dir,
    distDir: join(dir, 'dist'),
    version,
    tessera,
    exclude: STANDALONE_FILES,
    build: buildScriptOf(scripts),
  };
}

/**
 * A pre-built e2e fixture (`e2e/fixtures/dist/<name>/`): its build output plus `fixture.json`,
 * which is the tessera block itself (with an optional `version`, default 0.0.0).
 */
export async function sourceFromFixture(dir: string): Promise<PublishSource> {
  const { version, ...tessera } = await readDescriptor(
    join(dir, 'fixture.json'),
    FixtureDescriptor,
  );
  return { name: tessera.app, distDir: dir, version, tessera, exclude: ['fixture.json'] };
}

/** Every `mfe-*` package under `root` whose package.json has a `"tessera"` block. */
export async function discoverMfes(root: string): Promise<PublishSource[]> {
  const entries = await readdir(root, { withFileTypes: true });
  const dirs = entries
    .filter((e) => e.isDirectory() && e.name.startsWith('mfe-'))
    .map((e) => e.name)
    .sort();
  const sources: PublishSource[] = [];
  for (const dir of dirs) {
    const pkg = JSON.parse(
      await readFile(join(root, dir, 'package.json'), 'utf8').catch(() => '{}'),
    );
    if (pkg.tessera) sources.push(await sourceFromPackage(join(root, dir)));
  }
  return sources;
}
