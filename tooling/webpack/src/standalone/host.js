import { createInstance } from '@module-federation/runtime';
import injectExternalRuntimeCore from '@module-federation/inject-external-runtime-core-plugin';
import { lifecyclesOf, run } from './lifecycles.js';
import { enterAppRoute, navigate } from './routing.js';
import './standalone.css';

/* global __TESSERA_STANDALONE__ -- replaced at build time by DefinePlugin (see env.d.ts) */
const page = __TESSERA_STANDALONE__;

// Resolved now: `currentScript` is only set while this script first runs. The page's script
// sits one folder below the remote's files.
const manifestUrl = new URL(
  '../mf-manifest.json',
  /** @type {HTMLScriptElement} */ (document.currentScript).src,
).href;

/**
 * @param {string} slot layout slot name (`main`, `header-search`, ...)
 * @returns {HTMLElement}
 */
function slotElement(slot) {
  const element = document.getElementById(`tessera-slot-${slot}`);
  if (!element) throw new Error(`The standalone page has no slot "${slot}".`);
  return element;
}

/**
 * @param {ReturnType<typeof createInstance>} federation
 * @param {string} expose `./app`, `./search-box`, ...
 * @param {string} name the `name` prop
 * @param {HTMLElement} domElement
 */
async function mountExposed(federation, expose, name, domElement) {
  const module = await federation.loadRemote(`${page.remote}/${expose.slice(2)}`);
  const lifecycles = lifecyclesOf(/** @type {Record<string, unknown>} */ (module));
  const props = { name, domElement, navigate, version: page.version };
  await run(lifecycles.bootstrap, props);
  await run(lifecycles.mount, props);
}

/** @param {unknown} error */
function showFailure(error) {
  const alert = document.createElement('p');
  alert.setAttribute('role', 'alert');
  alert.className = 'standalone-failure';
  alert.textContent = `${page.app} could not be mounted: ${error instanceof Error ? error.message : String(error)}`;
  slotElement('main').append(alert);
  console.error(error);
}

async function start() {
  enterAppRoute(page.defaultRoute);
  const federation = createInstance({
    name: `${page.remote}_standalone`,
    remotes: [{ name: page.remote, entry: manifestUrl }],
    plugins: [injectExternalRuntimeCore()],
  });
  const parcels = Object.entries(page.parcels).map(([slot, expose]) =>
    mountExposed(federation, expose, `${page.app}-${slot}`, slotElement(slot)),
  );
  await Promise.all([mountExposed(federation, './app', page.app, slotElement('main')), ...parcels]);
}

start().catch(showFailure);
