import type { Registry } from '@tessera/registry';

export type FetchJson = (url: string) => Promise<unknown>;

function assertRegistry(value: unknown, from: string): Registry {
  const apps = (value as { apps?: unknown } | null)?.apps;
  if (typeof apps !== 'object' || apps === null) {
    throw new Error(`The registry from ${from} has no "apps" object`);
  }
  return value as Registry;
}

/**
 * The registry the edge inlined into the page (`<script type="application/json"
 * id="tessera-registry">`), or `/registry.json` when the page has none (e.g. a dev server).
 * The edge validated it against the schema; the shell only checks the shape it walks.
 */
export async function readRegistry(doc: Document, fetchJson: FetchJson): Promise<Registry> {
  const inline = doc.getElementById('tessera-registry')?.textContent?.trim();
  if (inline) return assertRegistry(JSON.parse(inline), 'the page');
  return assertRegistry(await fetchJson('/registry.json'), '/registry.json');
}

export function browserFetchJson(fetchImpl: typeof fetch): FetchJson {
  return async (url) => {
    const response = await fetchImpl(url, { headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
    return response.json();
  };
}
