import './styles.css';
import injectExternalRuntimeCorePlugin from '@module-federation/inject-external-runtime-core-plugin';
import { createInstance } from '@module-federation/runtime';
import { mountRootParcel, navigateToUrl, registerApplication, start } from 'single-spa';
import { browserAfterPaint } from './after-paint.js';
import { boot } from './boot.js';
import { inlineManifestFetch, readInlineManifests } from './inline-manifests.js';
import { browserFetchJson } from './registry-source.js';
import { createMfRuntime, strictFetchPlugin } from './remote-runtime.js';
import { shellSingleSpa } from './single-spa-api.js';
import { browserTimers } from './timers.js';

// The header parcels wait for an idle moment after the main content, but not longer than this.
const PARCEL_IDLE_TIMEOUT_MS = 500;
const fetchImpl = window.fetch.bind(window);
const manifestFetch = inlineManifestFetch(
  readInlineManifests(document),
  document.baseURI,
  fetchImpl,
);

boot({
  win: window,
  singleSpa: shellSingleSpa({ registerApplication, mountRootParcel, navigateToUrl, start }),
  // Remotes are built without their own runtime: this instance provides the one runtime core.
  createRuntime: (remotes) =>
    createMfRuntime(createInstance, remotes, [
      injectExternalRuntimeCorePlugin(),
      strictFetchPlugin(manifestFetch),
    ]),
  fetchJson: browserFetchJson(fetchImpl),
  timers: browserTimers,
  random: Math.random,
  afterPaint: browserAfterPaint(window, PARCEL_IDLE_TIMEOUT_MS),
  sendBeacon: (body) =>
    navigator.sendBeacon('/beacon', new Blob([body], { type: 'application/json' })),
}).catch((error: unknown) => console.error('[tessera] the shell failed to start', error));
