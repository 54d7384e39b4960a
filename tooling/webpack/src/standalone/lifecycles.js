/**
 * @typedef {(props: object) => Promise<unknown>} LifecycleFn
 * @typedef {{ bootstrap: LifecycleFn | LifecycleFn[], mount: LifecycleFn | LifecycleFn[], unmount: LifecycleFn | LifecycleFn[] }} Lifecycles
 */

/**
 * An exposed module's single-spa lifecycles: its default export or its named exports.
 * @param {Record<string, unknown>} module
 * @returns {Lifecycles}
 */
export function lifecyclesOf(module) {
  const exports = /** @type {any} */ (module);
  const candidate = exports?.default?.mount ? exports.default : exports;
  for (const phase of ['bootstrap', 'mount', 'unmount']) {
    if (!candidate?.[phase]) throw new Error(`The exposed module has no "${phase}" lifecycle.`);
  }
  return candidate;
}

/**
 * Runs one lifecycle phase; single-spa allows a function or an array of them, run in order.
 * @param {LifecycleFn | LifecycleFn[]} phase
 * @param {object} props
 */
export async function run(phase, props) {
  for (const fn of [phase].flat()) await fn(props);
}
