import { createApp, h, ref } from 'vue';
import singleSpaVue from 'single-spa-vue';
import AppRoot from './AppRoot.vue';
import { createApiClient } from './api/client';
import { createSessionApi, type SessionUser } from './api/session';
import { NAVIGATE, SESSION, SESSION_API } from './context';
import type { ShellProps } from './shell-props';

/**
 * The `./app` expose: single-spa lifecycles. single-spa-vue mounts into the `domElement` prop
 * (the shell's slot) and empties it again on unmount.
 */
const lifecycles = singleSpaVue({
  createApp,
  appOptions: { render: () => h(AppRoot) },
  handleInstance(app, props) {
    app.provide(NAVIGATE, (props as ShellProps).navigate);
    app.provide(SESSION, ref<SessionUser | null>(null));
    app.provide(SESSION_API, createSessionApi(createApiClient({ baseUrl: '/api/login' })));
  },
});

export const { bootstrap, mount, unmount } = lifecycles;
