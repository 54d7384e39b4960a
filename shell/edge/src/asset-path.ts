import { isAbsolute, join, relative } from 'node:path';

const PREFIX = '/assets/';

/**
 * The file behind an `/assets/...` URL path, or undefined when the path is not under
 * `/assets/` or would escape `assetsDir` once decoded.
 */
export function assetFile(assetsDir: string, urlPath: string): string | undefined {
  if (!urlPath.startsWith(PREFIX)) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.slice(PREFIX.length));
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = join(assetsDir, decoded);
  const rel = relative(assetsDir, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return file;
}
