import { readFile } from 'node:fs/promises';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Release } from '@tessera/registry';
import { assetFile } from './asset-path.js';

/** The part of an `mf-manifest.json` (Module Federation 2.0) that names what to preload. */
const JsAssets = z.object({ js: z.object({ sync: z.array(z.string()).default([]) }) });
const Manifest = z.object({
  metaData: z.object({
    publicPath: z.string().optional(),
    remoteEntry: z.object({ name: z.string().min(1), path: z.string().default('') }),
  }),
  exposes: z.array(z.object({ path: z.string(), assets: JsAssets })).default([]),
  shared: z.array(z.object({ assets: JsAssets })).default([]),
});
type Manifest = z.infer<typeof Manifest>;

const ORIGINLESS = 'http://edge.invalid';

/** Resolves `asset` against `base`, keeping same-origin URLs as absolute paths. */
function resolve(asset: string, base: string): string {
  const url = new URL(asset, new URL(base, ORIGINLESS));
  return url.origin === ORIGINLESS ? url.pathname + url.search : url.href;
}

/** The scripts the route's remote needs first: remoteEntry, `./app` sync JS, shared sync JS. */
export function preloadUrls(manifest: Manifest, manifestUrl: string): string[] {
  const { publicPath, remoteEntry } = manifest.metaData;
  // 'auto' means "wherever the manifest was loaded from": its directory.
  const base = publicPath && publicPath !== 'auto' ? publicPath : resolve('.', manifestUrl);
  const entryPath = remoteEntry.path ? `${remoteEntry.path.replace(/\/?$/, '/')}` : '';
  const app = manifest.exposes.find((expose) => expose.path === './app');
  const files = [
    entryPath + remoteEntry.name,
    ...(app?.assets.js.sync ?? []),
    ...manifest.shared.flatMap((shared) => shared.assets.js.sync),
  ];
  return [...new Set(files.map((file) => resolve(file, base)))];
}

export interface PreloadResolverOptions {
  assetsDir: string;
  logger: Logger;
}

/**
 * Preload URLs per release, read from the release's published manifest. Cached per manifest
 * URL for good: a version, once published, never changes. Failures are not cached, so a
 * manifest that appears later is picked up.
 */
export function createPreloadResolver({ assetsDir, logger }: PreloadResolverOptions) {
  const cache = new Map<string, string[]>();

  return async function preloadsFor(release: Release): Promise<string[]> {
    const cached = cache.get(release.manifest);
    if (cached) return cached;
    const file = assetFile(assetsDir, release.manifest);
    // Manifests outside /assets (dev servers) are not ours to read: no preloads.
    if (!file) return [];
    try {
      const manifest = Manifest.parse(JSON.parse(await readFile(file, 'utf8')));
      const urls = preloadUrls(manifest, release.manifest);
      cache.set(release.manifest, urls);
      return urls;
    } catch (error) {
      logger.warn({ err: error, manifest: release.manifest }, 'manifest unreadable; no preloads');
      return [];
    }
  };
}
