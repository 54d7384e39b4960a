import './styles.css';
import injectExternalRuntimeCorePlugin from '@module-federation/inject-external-runtime-core-plugin';
import { createInstance } from '@module-federation/runtime';
import {
  mountRootParcel,
  navigateToUrl,
  registerApplication,
  start,
  type ParcelConfig,
  type RegisterApplicationConfig,
} from 'single-spa';
import { boot } from './boot.js';
import { browserFetchJson } from './registry-source.js';
import { createMfRuntime, strictFetchPlugin } from './remote-runtime.js';
import { browserTimers } from './timers.js';

const fetchImpl = window.fetch.bind(window);

boot({
  win: window,
  singleSpa: {
    // single-spa's typings want its own prop types; the guarded lifecycles take a superset.
    registerApplication: (config) =>
      registerApplication(config as unknown as RegisterApplicationConfig),
    mountRootParcel: (config, props) => mountRootParcel(config as ParcelConfig, props),
    navigateToUrl,
    start: () => start(),
  },
  // Remotes are built without their own runtime: this instance provides the one runtime core.
  createRuntime: (remotes) =>
    createMfRuntime(createInstance, remotes, [
      injectExternalRuntimeCorePlugin(),
      strictFetchPlugin(fetchImpl),
    ]),
  fetchJson: browserFetchJson(fetchImpl),
  timers: browserTimers,
  random: Math.random,
}).catch((error: unknown) => console.error('[tessera] the shell failed to start', error));
