import type { RouteAssets } from './preloads.js';

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
 * What the edge puts at the template's head marker: the inlined registry, the route's
 * `mf-manifest.json` (keyed by its URL, so the shell answers the runtime's fetch from it) and
 * preload hints for the scripts the manifest names.
 */
export function headHtml(registryJson: string, route: RouteAssets): string {
  const link = (as: string) => (href: string) =>
    `<link rel="preload" as="${as}" href="${escapeAttribute(href)}">`;
  const links = [...route.preloads.map(link('script')), ...(route.styles ?? []).map(link('style'))];
  const manifests = route.manifest
    ? [
        jsonScript(
          'tessera-manifests',
          `{${JSON.stringify(route.manifest.url)}:${route.manifest.json}}`,
        ),
      ]
    : [];
  return [jsonScript('tessera-registry', registryJson), ...manifests, ...links].join('\n');
}

export function renderPage(template: string, head: string): string {
  // A function replacement, so `$&`-style patterns in the data are not interpreted.
  return template.replace(HEAD_MARKER, () => head);
}
