import type { APIRequestContext } from '@playwright/test';

interface ManifestAssets {
  js: { sync: string[]; async: string[] };
}
interface Manifest {
  shared: { name: string; assets: ManifestAssets }[];
  exposes: { path: string; assets: ManifestAssets }[];
}
interface RegistryDoc {
  apps: Record<string, { current: { manifest: string } }>;
}

/** An app's live `mf-manifest.json`, with helpers that turn its asset lists into absolute paths. */
export async function liveManifest(request: APIRequestContext, app: string) {
  const registry = (await (await request.get('/registry.json')).json()) as RegistryDoc;
  const manifestUrl = registry.apps[app]?.current.manifest;
  if (!manifestUrl) throw new Error(`app ${app} is not in the registry`);
  const manifest = (await (await request.get(manifestUrl)).json()) as Manifest;
  const dir = manifestUrl.slice(0, manifestUrl.lastIndexOf('/') + 1);
  const files = (assets: ManifestAssets | undefined) =>
    assets ? [...assets.js.sync, ...assets.js.async].map((file) => dir + file) : [];
  return {
    dir,
    sharedFiles: (name: string) => files(manifest.shared.find((s) => s.name === name)?.assets),
    exposeFiles: (path: string) => files(manifest.exposes.find((e) => e.path === path)?.assets),
  };
}
