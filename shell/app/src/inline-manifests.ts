/**
 * The `mf-manifest.json` files the edge inlined into the page (`<script type="application/json"
 * id="tessera-manifests">`, an object keyed by manifest URL), by absolute URL.
 */
export function readInlineManifests(doc: Document): Map<string, unknown> {
  const text = doc.getElementById('tessera-manifests')?.textContent?.trim();
  const manifests = new Map<string, unknown>();
  if (!text) return manifests;
  try {
    const byUrl = JSON.parse(text) as Record<string, unknown>;
    for (const [url, manifest] of Object.entries(byUrl)) {
      manifests.set(new URL(url, doc.baseURI).href, manifest);
    }
  } catch (error) {
    // Not fatal: the shell fetches the manifests itself.
    console.error('[tessera] the inlined manifests are unreadable', error);
  }
  return manifests;
}
