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
