/**
 * The `mf-manifest.json` files the edge inlined into the page (`<script type="application/json"
 * id="tessera-manifests">`, an object keyed by manifest URL), as URL path → JSON text.
 */
export function readInlineManifests(doc: Document): Map<string, string> {
  const text = doc.getElementById('tessera-manifests')?.textContent?.trim();
  const manifests = new Map<string, string>();
  if (!text) return manifests;
  try {
    const byUrl = JSON.parse(text) as Record<string, unknown>;
    for (const [url, manifest] of Object.entries(byUrl)) {
      manifests.set(new URL(url, doc.baseURI).href, JSON.stringify(manifest));
    }
  } catch (error) {
    // Not fatal: the runtime fetches the manifests itself.
    console.error('[tessera] the inlined manifests are unreadable', error);
  }
  return manifests;
}

/**
 * A fetch that answers requests for an inlined manifest from the page, saving the round trip the
 * runtime would otherwise make after the shell starts; anything else goes to `fetchImpl`. A
 * published manifest never changes, so the inlined copy is as good as a refetch on retry too.
 */
export function inlineManifestFetch(
  manifests: ReadonlyMap<string, string>,
  baseUrl: string,
  fetchImpl: typeof fetch,
): typeof fetch {
  return (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const inlined = manifests.get(new URL(url, baseUrl).href);
    if (inlined === undefined) return fetchImpl(input, init);
    return Promise.resolve(
      new Response(inlined, { status: 200, headers: { 'content-type': 'application/json' } }),
    );
  };
}
