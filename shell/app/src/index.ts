import './styles.css';
import injectExternalRuntimeCorePlugin from '@module-federation/inject-external-runtime-core-plugin';
import { createInstance, registerGlobalPlugins } from '@module-federation/runtime';
import { mountRootParcel, navigateToUrl, registerApplication, start } from 'single-spa';
import { browserAfterPaint } from './after-paint.js';
import { boot } from './boot.js';
import { readInlineManifests } from './inline-manifests.js';
import { linkPreloader } from './preload.js';
import { browserFetchJson } from './registry-source.js';
import { createRemoteEntries } from './remote-entries.js';
import { createMfRuntime } from './remote-runtime.js';
import { plainVersionShares } from './share-resolver.js';
import { shellSingleSpa } from './single-spa-api.js';
import { browserTimers } from './timers.js';

// The header parcels wait for an idle moment after the main content, but not longer than this.
const PARCEL_IDLE_TIMEOUT_MS = 500;
const fetchJson = browserFetchJson(window.fetch.bind(window));
// Global: the remotes' own runtime instances resolve their shared modules through it too.
registerGlobalPlugins([plainVersionShares()]);

boot({
  win: window,
  singleSpa: shellSingleSpa({ registerApplication, mountRootParcel, navigateToUrl, start }),
  // Remotes are built without their own runtime: this instance provides the one runtime core.
  createRuntime: () =>
    createMfRuntime(createInstance, [injectExternalRuntimeCorePlugin()], {
      entryOf: createRemoteEntries({
        inline: readInlineManifests(document),
        fetchJson,
        baseUrl: document.baseURI,
      }),
      preload: linkPreloader(document),
    }),
  fetchJson,
  timers: browserTimers,
  random: Math.random,
  afterPaint: browserAfterPaint(window, PARCEL_IDLE_TIMEOUT_MS),
  sendBeacon: (body) =>
    navigator.sendBeacon('/beacon', new Blob([body], { type: 'application/json' })),
}).catch((error: unknown) => console.error('[tessera] the shell failed to start', error));
