import type { FetchJson } from './registry-source.js';

/** Where a release's container is, and the files each of its exposed modules needs at once. */
export interface RemoteEntry {
  /** Absolute URL of the release's `remoteEntry.js`. */
  entry: string;
  /** Exposed module (`./search-box`) → absolute URLs of its sync JS and CSS. */
  exposes: ReadonlyMap<string, readonly string[]>;
}

interface Files {
  sync?: string[];
}

/** The part of an `mf-manifest.json` (Module Federation 2.0) the shell reads. */
interface Manifest {
  metaData?: { publicPath?: string; remoteEntry?: { name?: string; path?: string } };
  exposes?: { path: string; assets?: { js?: Files; css?: Files } }[];
}

/** Reads a release's entry and expose files from its manifest, loaded from `manifestUrl`. */
export function remoteEntryOf(value: unknown, manifestUrl: string): RemoteEntry {
  const { metaData = {}, exposes = [] } = (value ?? {}) as Manifest;
  const { publicPath, remoteEntry } = metaData;
  if (!remoteEntry?.name) throw new Error(`The manifest ${manifestUrl} names no remoteEntry`);
  // 'auto': the files sit beside the manifest.
  const base = new URL(publicPath && publicPath !== 'auto' ? publicPath : '.', manifestUrl);
  const at = (file: string) => new URL(file, base).href;
  const dir = remoteEntry.path ? remoteEntry.path.replace(/\/?$/, '/') : '';
  const files = ({ assets }: NonNullable<Manifest['exposes']>[number]) =>
    [...(assets?.js?.sync ?? []), ...(assets?.css?.sync ?? [])].map(at);
  return {
    entry: at(dir + remoteEntry.name),
    exposes: new Map(exposes.map((expose) => [expose.path, files(expose)])),
  };
}

export interface RemoteEntriesOptions {
  /** Manifests the page carries, by absolute URL (see `readInlineManifests`). */
  inline: ReadonlyMap<string, unknown>;
  fetchJson: FetchJson;
  /** What relative manifest URLs are relative to: the page. */
  baseUrl: string;
}

/**
 * A release's entry by its manifest URL (what the registry names): from the manifests the edge
 * inlined, else fetched (a dev server's remote, or a fallback release). Registering remotes by
 * entry lets the shell build without the runtime's manifest (snapshot) plugin. Answers are kept;
 * a failed fetch is tried again on the next call, so a retry really refetches.
 */
export function createRemoteEntries({ inline, fetchJson, baseUrl }: RemoteEntriesOptions) {
  const known = new Map<string, RemoteEntry>();
  return async function entryOf(manifest: string): Promise<RemoteEntry> {
    const url = new URL(manifest, baseUrl).href;
    let entry = known.get(url);
    if (!entry) {
      entry = remoteEntryOf(inline.get(url) ?? (await fetchJson(url)), url);
      known.set(url, entry);
    }
    return entry;
  };
}
