import type { InlineManifest, RouteAssets } from './preloads.js';

export const HEAD_MARKER = '<!--tessera:head-->';

const JSON_IN_HTML: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON that is safe inside a `<script>` element: no `<` can start `</script>` or `<!--`,
 * and the escapes are still valid JSON, so `JSON.parse(el.textContent)` reads it unchanged.
 */
export function jsonForScript(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (char) => JSON_IN_HTML[char]!);
}

const ATTRIBUTE: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
};

export function escapeAttribute(value: string): string {
  return value.replace(/[&"'<>]/g, (char) => ATTRIBUTE[char]!);
}

const jsonScript = (id: string, json: string) =>
  `<script type="application/json" id="${id}">${jsonForScript(json)}</script>`;

/**
 * What the edge puts at the template's head marker: the inlined registry, the `mf-manifest.json`
 * of every app's release (keyed by URL: the shell reads each remote's entry from it, so neither
 * the route's app nor the header parcels wait for a manifest fetch) and preload hints for the
 * scripts the route's manifest names.
 */
export function headHtml(
  registryJson: string,
  route: RouteAssets,
  manifests: readonly InlineManifest[] = [],
): string {
  const link = (as: string) => (href: string) =>
    `<link rel="preload" as="${as}" href="${escapeAttribute(href)}">`;
  const links = [...route.preloads.map(link('script')), ...(route.styles ?? []).map(link('style'))];
  const byUrl = manifests.map(({ url, json }) => `${JSON.stringify(url)}:${json}`).join(',');
  const inlined = manifests.length > 0 ? [jsonScript('tessera-manifests', `{${byUrl}}`)] : [];
  return [jsonScript('tessera-registry', registryJson), ...inlined, ...links].join('\n');
}

export function renderPage(template: string, head: string): string {
  // A function replacement, so `$&`-style patterns in the data are not interpreted.
  return template.replace(HEAD_MARKER, () => head);
}
