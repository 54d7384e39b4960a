/**
 * Stands in for the release's hash in the chunk-loading global until the build's files exist.
 * An identifier fragment, so it survives minification as part of `self.webpackChunk…`.
 */
export const RELEASE_PLACEHOLDER = 'TESSERA_RELEASE_HASH';

const PLUGIN_NAME = 'ReleaseChunkGlobal';
const HASH_LENGTH = 16;

/**
 * The JSONP chunk array a release's runtime and chunks share, with the placeholder
 * `ReleaseChunkGlobalPlugin` fills in. Every release of a remote has the same `uniqueName` and
 * similar chunk ids: with webpack's default global (`webpackChunk<uniqueName>`), a release
 * loaded after a failed one in the same page (the shell's canary → current → previous fallback)
 * would install the chunks the failed one pushed and run its code again.
 * @param {string} remote
 */
export function releaseChunkLoadingGlobal(remote) {
  return `webpackChunk${remote}_${RELEASE_PLACEHOLDER}`;
}

/**
 * Replaces the placeholder in every emitted file with a hash of the build's files as they are
 * with it: deterministic (the same source builds the same bytes, so a release's version, its
 * package version + content hash, stays reproducible) and different for any two releases whose
 * files differ. Runs after minification and before `RealContentHashPlugin`, so file names and
 * `mf-manifest.json` (emitted later still) are hashed from the final bytes.
 */
export class ReleaseChunkGlobalPlugin {
  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    const { Compilation, sources, util } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN_NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN_NAME, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_HASH - 1 },
        () => {
          // Code-unit order, not the locale's: the same build hashes the same on every machine.
          const assets = [...compilation.getAssets()].sort((a, b) => (a.name < b.name ? -1 : 1));
          const hash = util.createHash(compilation.outputOptions.hashFunction ?? 'xxhash64');
          for (const { name, source } of assets) hash.update(`${name}\0`).update(source.buffer());
          const releaseHash = String(hash.digest('hex')).slice(0, HASH_LENGTH);
          for (const { name, source } of assets) {
            const text = source.source();
            if (typeof text !== 'string' || !text.includes(RELEASE_PLACEHOLDER)) continue;
            const replaced = text.replaceAll(RELEASE_PLACEHOLDER, releaseHash);
            compilation.updateAsset(name, new sources.RawSource(replaced));
          }
        },
      );
    });
  }
}
