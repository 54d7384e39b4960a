import { createApp, h } from 'vue';
import singleSpaVue from 'single-spa-vue';
import AppRoot from './AppRoot.vue';
import { createAccountApi } from './api/account';
import { createSessionApi } from './api/session';
import { NAVIGATE, SESSION, SESSION_API } from './context';
import { createSessionStore } from './session-store';
import type { ShellProps } from './shell-props';

const vue = singleSpaVue({
  createApp,
  appOptions: { render: () => h(AppRoot) },
  handleInstance(app, props) {
    const accountApi = createAccountApi();
    const session = createSessionStore(async () => accountApi);
    void session.load();
    app.onUnmount(session.stop);
    app.provide(NAVIGATE, (props as ShellProps).navigate);
    app.provide(SESSION, session);
    app.provide(SESSION_API, createSessionApi());
  },
});

/** The element the app renders into, per mounted name. */
const hosts = new Map<string, HTMLElement>();

/**
 * The `./app` expose: single-spa lifecycles. single-spa-vue marks the element it is given (an
 * `id`, a container div), so it gets an element of the app's own inside the shell's
 * `domElement`, and unmount removes that element again: the shell's DOM is left as it was.
 */
export const bootstrap = vue.bootstrap;

export async function mount(props: ShellProps): Promise<void> {
  const host = document.createElement('div');
  props.domElement.append(host);
  try {
    await vue.mount({ ...props, domElement: host });
  } catch (error) {
    host.remove();
    throw error;
  }
  hosts.set(props.name, host);
}

export async function unmount(props: ShellProps): Promise<void> {
  const host = hosts.get(props.name);
  await vue.unmount({ ...props, domElement: host });
  host?.remove();
  hosts.delete(props.name);
}
