import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Tells the Module Federation plugins which webpack to load their classes from: the one the
 * package builds with, which is also the one they resolve themselves. Unset, each of them (four
 * per remote build) looks for it by calling `compiler.webpack()` with no options, which runs
 * webpack's full schema validation (ajv compiles the schema) to read a path out of the error's
 * stack, then cannot resolve it from an ES module (the SDK's `require.resolve` sees no
 * `require`) and leaves the variable empty for the next plugin: 0.5 s or more per build on this
 * 2-core box. A value already set (by the user, or an earlier build in the process) is kept; a
 * package that cannot resolve webpack leaves it to the plugins' own search.
 * @param {string} dir the package directory
 */
export function pinFederationWebpack(dir) {
  if (process.env.FEDERATION_WEBPACK_PATH) return;
  try {
    process.env.FEDERATION_WEBPACK_PATH = createRequire(join(dir, 'package.json')).resolve(
      'webpack',
    );
  } catch {
    // The plugins find it their slow way.
  }
}
