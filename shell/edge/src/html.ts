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

/** What the edge puts at the template's head marker: the inlined registry and preload hints. */
export function headHtml(registryJson: string, preloads: readonly string[]): string {
  const links = preloads.map(
    (href) => `<link rel="preload" as="script" href="${escapeAttribute(href)}">`,
  );
  const registry = `<script type="application/json" id="tessera-registry">${jsonForScript(registryJson)}</script>`;
  return [registry, ...links].join('\n');
}

export function renderPage(template: string, head: string): string {
  // A function replacement, so `$&`-style patterns in the data are not interpreted.
  return template.replace(HEAD_MARKER, () => head);
}
