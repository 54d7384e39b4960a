import Module, { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Puts a stand-in for `id` (as `from` resolves it) into the require cache, so requiring it
 * costs nothing until something reads one of its exports: then the real module loads, takes
 * the stand-in's place in the cache and answers that read and every later one. Node documents
 * adding entries to `require.cache` as a way to provide a module.
 * @param {NodeJS.Require} from
 * @param {string} id
 */
function deferRequire(from, id) {
  const file = from.resolve(id);
  if (require.cache[file]) return;
  /** @type {Record<string | symbol, unknown> | undefined} */
  let real;
  const load = () => {
    if (!real) {
      delete require.cache[file];
      real = from(id);
    }
    return /** @type {Record<string | symbol, unknown>} */ (real);
  };
  const standIn = new Module(file);
  standIn.filename = file;
  standIn.loaded = true;
  standIn.exports = new Proxy(
    {},
    {
      get: (_, key) => load()[key],
      has: (_, key) => key in load(),
    },
  );
  require.cache[file] = standIn;
}

/**
 * `@module-federation/enhanced` 2.9.3 requires its DTS plugin at the top of its
 * ModuleFederationPlugin, and `@module-federation/manifest` its core, although both are used
 * only when `dts` is not false; with them come undici, adm-zip, ws and more: ~0.2 s of CPU per
 * build process on this 2-core box, for a plugin every remote here turns off. Deferred, they
 * load only if a config enables `dts`. The package offers no entry without them (its exports:
 * `.`, `./webpack`, `./rspack`, `./runtime` all reach that plugin).
 */
export function deferDtsPlugin() {
  const enhanced = createRequire(require.resolve('@module-federation/enhanced'));
  const manifest = createRequire(enhanced.resolve('@module-federation/manifest'));
  deferRequire(enhanced, '@module-federation/dts-plugin');
  deferRequire(manifest, '@module-federation/dts-plugin/core');
}
