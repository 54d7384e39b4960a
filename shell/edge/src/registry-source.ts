import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { Registry } from '@tessera/registry';
import { createFreshFile } from './fresh-file.js';

export interface ServedRegistry {
  registry: Registry;
  /** The document as served: normalised by the schema (defaults filled in), dev overrides applied. */
  json: string;
  /** Content hash of `json`, the base of the strong ETag. */
  hash: string;
}

export interface RegistrySourceOptions {
  registryFile: string;
  logger: Logger;
  /** Dev mode: app → dev-server origin whose `mf-manifest.json` replaces the published one. */
  devRemotes?: Record<string, string>;
}

export const DEV_VERSION = '0.0.0-dev+devserver';

function applyDevRemotes(registry: Registry, devRemotes: Record<string, string>): Registry {
  const apps = { ...registry.apps };
  for (const [name, origin] of Object.entries(devRemotes)) {
    const app = apps[name];
    if (!app) continue;
    const current = { version: DEV_VERSION, manifest: new URL('/mf-manifest.json', origin).href };
    apps[name] = { ...app, current, previous: undefined, canary: undefined };
  }
  return { ...registry, apps };
}

export function serve(registry: Registry): ServedRegistry {
  const json = JSON.stringify(registry);
  const hash = createHash('sha256').update(json).digest('base64url').slice(0, 22);
  return { registry, json, hash };
}

/** The registry file, re-read when it changes; an invalid file keeps the last good registry. */
export function createRegistrySource(options: RegistrySourceOptions) {
  const { registryFile, logger, devRemotes = {} } = options;
  return createFreshFile<ServedRegistry>({
    path: registryFile,
    parse(content) {
      const registry = Registry.parse(JSON.parse(content.toString('utf8')));
      const served = serve(applyDevRemotes(registry, devRemotes));
      logger.info({ registryFile, revision: registry.revision }, 'registry loaded');
      return served;
    },
    onError(error) {
      logger.error(
        { err: error, registryFile },
        'registry file unusable; keeping the last good one',
      );
    },
  });
}
