const HOT_UPDATE = '.hot-update.';

/**
 * A copy of the federation stats without hot-update files. In dev, webpack lists a chunk's last
 * hot update among its files, the manifest would name it as a sync asset of the expose, and the
 * MF runtime would preload it before `remoteEntry.js` defines the hot-update callback.
 * @template T
 * @param {T} value
 * @returns {T}
 */
export function withoutHotUpdates(value) {
  if (Array.isArray(value)) {
    return /** @type {T} */ (
      value
        .filter((item) => !(typeof item === 'string' && item.includes(HOT_UPDATE)))
        .map(withoutHotUpdates)
    );
  }
  if (value && typeof value === 'object') {
    return /** @type {T} */ (
      Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withoutHotUpdates(item)]))
    );
  }
  return value;
}

/**
 * @typedef {ConstructorParameters<typeof import('@module-federation/enhanced/webpack').ModuleFederationPlugin>[0]['manifest']} ManifestOptions
 */

/**
 * The federation plugin's manifest options: `mf-manifest.json`, which the shell, the edge's
 * preload hints and the deploy gate read.
 * @param {boolean} production
 * @returns {ManifestOptions}
 */
export function manifestOptions(production) {
  if (production) return { fileName: 'mf-manifest.json' };
  return {
    fileName: 'mf-manifest.json',
    additionalData: ({ stats }) => withoutHotUpdates(stats),
  };
}
