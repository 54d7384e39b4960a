import { readFile } from 'node:fs/promises';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { Release } from '@tessera/registry';
import { assetFile } from './asset-path.js';

/** The part of an `mf-manifest.json` (Module Federation 2.0) that names what to preload. */
const Files = z.object({ sync: z.array(z.string()).default([]) });
const JsAssets = z.object({ js: Files });
const AppAssets = z.object({ js: Files, css: Files.default({ sync: [] }) });
const Manifest = z.object({
  metaData: z.object({
    publicPath: z.string().optional(),
    remoteEntry: z.object({ name: z.string().min(1), path: z.string().default('') }),
  }),
  exposes: z.array(z.object({ path: z.string(), assets: AppAssets })).default([]),
  shared: z.array(z.object({ assets: JsAssets })).default([]),
});
type Manifest = z.infer<typeof Manifest>;

const ORIGINLESS = 'http://edge.invalid';

/** Resolves `asset` against `base`, keeping same-origin URLs as absolute paths. */
function resolve(asset: string, base: string): string {
  const url = new URL(asset, new URL(base, ORIGINLESS));
  return url.origin === ORIGINLESS ? url.pathname + url.search : url.href;
}

/** Where the manifest's files are: 'auto' means "wherever the manifest was loaded from". */
function baseOf(manifest: Manifest, manifestUrl: string): string {
  const { publicPath } = manifest.metaData;
  return publicPath && publicPath !== 'auto' ? publicPath : resolve('.', manifestUrl);
}

/** The stylesheets `./app` needs at once; the runtime would ask for them only once it runs. */
export function stylePreloadUrls(manifest: Manifest, manifestUrl: string): string[] {
  const base = baseOf(manifest, manifestUrl);
  const app = manifest.exposes.find((expose) => expose.path === './app');
  return [...new Set((app?.assets.css.sync ?? []).map((file) => resolve(file, base)))];
}

/** The scripts the route's remote needs first: remoteEntry, `./app` sync JS, shared sync JS. */
export function preloadUrls(manifest: Manifest, manifestUrl: string): string[] {
  const { remoteEntry } = manifest.metaData;
  const base = baseOf(manifest, manifestUrl);
  const entryPath = remoteEntry.path ? `${remoteEntry.path.replace(/\/?$/, '/')}` : '';
  const app = manifest.exposes.find((expose) => expose.path === './app');
  const files = [
    entryPath + remoteEntry.name,
    ...(app?.assets.js.sync ?? []),
    ...manifest.shared.flatMap((shared) => shared.assets.js.sync),
  ];
  return [...new Set(files.map((file) => resolve(file, base)))];
}

/** A release's manifest URL (as the registry names it) and its JSON text. */
export interface InlineManifest {
  url: string;
  json: string;
}

/** What the page of a route gets from its release's manifest. */
export interface RouteAssets {
  /** Inlined into the page, so the shell need not fetch it. */
  manifest?: InlineManifest;
  preloads: string[];
  /** Stylesheets of `./app`, preloaded too. */
  styles?: string[];
}

const NONE: RouteAssets = { preloads: [] };

export interface PreloadResolverOptions {
  assetsDir: string;
  logger: Logger;
}

/**
 * Preload URLs and the manifest itself per release, read from the release's published manifest.
 * Cached per manifest URL for good: a version, once published, never changes. Failures are not
 * cached, so a manifest that appears later is picked up.
 */
export function createPreloadResolver({ assetsDir, logger }: PreloadResolverOptions) {
  const cache = new Map<string, RouteAssets>();

  return async function assetsFor(release: Release): Promise<RouteAssets> {
    const cached = cache.get(release.manifest);
    if (cached) return cached;
    const file = assetFile(assetsDir, release.manifest);
    // Manifests outside /assets (dev servers) are not ours to read: no preloads.
    if (!file) return NONE;
    try {
      const raw: unknown = JSON.parse(await readFile(file, 'utf8'));
      const manifest = Manifest.parse(raw);
      const assets: RouteAssets = {
        manifest: { url: release.manifest, json: JSON.stringify(raw) },
        preloads: preloadUrls(manifest, release.manifest),
        styles: stylePreloadUrls(manifest, release.manifest),
      };
      cache.set(release.manifest, assets);
      return assets;
    } catch (error) {
      logger.warn({ err: error, manifest: release.manifest }, 'manifest unreadable; no preloads');
      return NONE;
    }
  };
}
