import { readFile } from 'node:fs/promises';
import type { Registry, RegistryApp } from '@tessera/registry';
import { Registry as RegistrySchema } from '@tessera/registry';
import { writeFileAtomic } from './atomic.js';
import type { TesseraBlock } from './descriptor.js';
import { DeployError } from './errors.js';

export const EMPTY_REGISTRY: Registry = { revision: 0, apps: {} };

/** The registry file, or an empty registry when there is none yet. */
export async function readRegistryFile(file: string): Promise<Registry> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_REGISTRY;
    throw error;
  }
  try {
    return RegistrySchema.parse(JSON.parse(text));
  } catch (error) {
    throw new DeployError(
      'DEPLOY_004',
      `${file} is not a valid registry (${(error as Error).message.slice(0, 300)}). ` +
        'Restore it from a backup, or delete it and publish every app again.',
      { cause: error },
    );
  }
}

export interface Activation {
  tessera: TesseraBlock;
  version: string;
}

/** The registry entry for a newly published version; the old current becomes `previous`. */
export function activate(
  old: RegistryApp | undefined,
  { tessera, version }: Activation,
): RegistryApp {
  const current = { version, manifest: `/assets/${tessera.app}/${version}/mf-manifest.json` };
  const changed = old?.current.version !== version;
  return {
    remote: tessera.remote,
    framework: tessera.framework,
    routes: tessera.routes,
    slot: tessera.slot ?? 'main',
    nav: (tessera.nav ?? []).map((link) => ({ ...link, order: link.order ?? 100 })),
    parcels: tessera.parcels ?? {},
    current,
    previous: changed ? old?.current : old?.previous,
    // A canary was measured against the old current; a new current ends it.
    canary: changed ? undefined : old?.canary,
  };
}

/** The next registry, or undefined when the activations change nothing. */
export function nextRegistry(
  registry: Registry,
  activations: readonly Activation[],
): Registry | undefined {
  const apps = { ...registry.apps };
  for (const activation of activations) {
    apps[activation.tessera.app] = activate(apps[activation.tessera.app], activation);
  }
  const candidate = RegistrySchema.parse({ revision: registry.revision + 1, apps });
  const unchanged =
    JSON.stringify(candidate.apps) === JSON.stringify(RegistrySchema.parse(registry).apps);
  return unchanged ? undefined : candidate;
}

export async function writeRegistryFile(file: string, registry: Registry): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(registry, null, 2)}\n`);
}
