import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The singletons each framework shares (docs/contracts.md), keyed by the package that pins them. */
const SINGLETONS = {
  react: {
    react: 'react',
    'react/jsx-runtime': 'react',
    'react-dom': 'react-dom',
    'react-dom/client': 'react-dom',
  },
  vue: { vue: 'vue' },
  none: {},
};

/**
 * The packages behind each framework's singletons, including what they import themselves
 * (react-dom needs scheduler, vue its @vue/* parts).
 */
const FRAMEWORK_PACKAGES = {
  react: ['react', 'react-dom', 'scheduler'],
  vue: ['vue', '@vue'],
  none: [],
};

/**
 * A `splitChunks.cacheGroups` entry that puts the framework in one `framework` chunk. Left to
 * itself, webpack gives each shared module its own chunk (react-dom even two identical ones),
 * and the route downloads them all: one gzip stream compresses better and costs one request.
 * @param {'react' | 'vue' | 'none'} framework
 * @returns {Record<string, { test: RegExp, name: string, chunks: 'all', enforce: true }>}
 */
export function frameworkChunk(framework) {
  const packages = FRAMEWORK_PACKAGES[framework];
  if (!packages) throw new Error(`Unknown framework "${framework}": use react, vue or none.`);
  if (packages.length === 0) return {};
  return {
    framework: {
      test: new RegExp(`[\\/]node_modules[\\/](?:${packages.join('|')})[\\/]`),
      name: 'framework',
      chunks: 'all',
      enforce: true,
    },
  };
}

/**
 * Module Federation `shared` options: framework singletons, each with the range the package pins,
 * so the deploy gate and the runtime can compare it with what is already live. Given the remote's
 * directory, a Vue remote shares VUE_SURFACE rather than all of Vue.
 * @param {'react' | 'vue' | 'none'} framework
 * @param {Record<string, string>} dependencies package.json `dependencies`
 * @param {string} [dir] the remote's package directory
 * @returns {Record<string, { singleton: true, requiredVersion: string, import?: string, version?: string }>}
 */
export function sharedSingletons(framework, dependencies, dir) {
  const modules = SINGLETONS[framework];
  if (!modules) throw new Error(`Unknown framework "${framework}": use react, vue or none.`);
  return Object.fromEntries(
    Object.entries(modules).map(([request, pkg]) => {
      const requiredVersion = dependencies[pkg];
      if (!requiredVersion) {
        throw new Error(
          `"${pkg}" must be a dependency in package.json to be shared as a singleton.`,
        );
      }
      const surface = request === 'vue' && dir ? vueSurfaceShare(dir) : {};
      return [request, { singleton: true, requiredVersion, ...surface }];
    }),
  );
}

/**
 * The part of Vue's API the shared Vue singleton provides: what Tessera's Vue MFEs import,
 * including the helpers their compiled templates import. A shared module cannot be tree-shaken
 * by its users' imports (any remote may use any export), so the full `vue` build would ship
 * (43.7 KB gzip against 26.9 KB for this list). Every Vue remote provides this same list, so
 * whichever copy the page loads first serves them all; a remote that needs more adds it here and
 * every Vue remote is rebuilt (shared.test.ts names what a workspace remote imports and this lacks).
 */
export const VUE_SURFACE = [
  'Fragment',
  'computed',
  'createApp',
  'createBlock',
  'createCommentVNode',
  'createElementBlock',
  'createElementVNode',
  'createTextVNode',
  'createVNode',
  'defineComponent',
  'h',
  'inject',
  'mergeModels',
  'nextTick',
  'onBeforeUnmount',
  'onMounted',
  'openBlock',
  'provide',
  'ref',
  'renderSlot',
  'resolveDynamicComponent',
  'toDisplayString',
  'unref',
  'useModel',
  'vModelDynamic',
  'watch',
  'withCtx',
  'withDirectives',
  'withModifiers',
];

/**
 * Writes the module the shared `vue` is built from (VUE_SURFACE re-exported from Vue's bundler
 * build) into the remote's `node_modules`, where it resolves the remote's own Vue, and returns
 * the share options that provide it: that module and the installed Vue's version.
 * @param {string} dir the remote's package directory
 * @returns {{ import: string, version: string }}
 */
export function vueSurfaceShare(dir) {
  const resolveFromRemote = createRequire(join(dir, 'package.json')).resolve;
  const { version } = JSON.parse(readFileSync(resolveFromRemote('vue/package.json'), 'utf8'));
  const file = join(dir, 'node_modules', '.tessera', 'vue-surface.js');
  // A different request than `vue`, so the module is not itself a consumer of the share.
  const source = `export { ${VUE_SURFACE.join(', ')} } from 'vue/dist/vue.runtime.esm-bundler.js';\n`;
  mkdirSync(dirname(file), { recursive: true });
  if (!existsSync(file) || readFileSync(file, 'utf8') !== source) writeFileSync(file, source);
  return { import: file, version };
}
