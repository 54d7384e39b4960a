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
 * so the deploy gate and the runtime can compare it with what is already live.
 * @param {'react' | 'vue' | 'none'} framework
 * @param {Record<string, string>} dependencies package.json `dependencies`
 * @returns {Record<string, { singleton: true, requiredVersion: string }>}
 */
export function sharedSingletons(framework, dependencies) {
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
      return [request, { singleton: true, requiredVersion }];
    }),
  );
}
