// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, defineComponent, h, nextTick, ref, type Component } from 'vue';
import { CONTENT_SHOWN_EVENT, provideContentShown, useContentShown } from './content-shown';

/** Mounts `page` under a root like AppRoot's, recording each announcement and what showed. */
function mountUnderRoot(page: Component) {
  const host = document.createElement('div');
  document.body.append(host);
  const shown: string[] = [];
  host.addEventListener(CONTENT_SHOWN_EVENT, (event) => {
    const { app } = (event as CustomEvent<{ app: string }>).detail;
    shown.push(`${app}: ${host.textContent}`);
  });
  const Root = defineComponent(() => {
    const root = ref<HTMLElement | null>(null);
    provideContentShown(root, 'login');
    return () => h('div', { ref: root }, [h(page)]);
  });
  const app = createApp(Root);
  app.mount(host);
  return { shown, app };
}

describe('the login app announces its first content', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('as soon as a page that needs no data is mounted, from inside the app element', () => {
    const page = defineComponent(() => {
      useContentShown();
      return () => h('h1', 'Sign in');
    });
    const { shown, app } = mountUnderRoot(page);
    expect(shown).toEqual(['login: Sign in']);
    app.unmount();
  });

  it('once its condition holds and the page has re-rendered, and only once', async () => {
    const status = ref<'loading' | 'ready'>('loading');
    const page = defineComponent(() => {
      useContentShown(() => status.value !== 'loading');
      return () => h('p', status.value === 'loading' ? 'Checking…' : 'Your account');
    });
    const { shown, app } = mountUnderRoot(page);
    await nextTick();
    expect(shown).toEqual([]);
    status.value = 'ready';
    await nextTick();
    expect(shown).toEqual(['login: Your account']);
    status.value = 'loading';
    await nextTick();
    status.value = 'ready';
    await nextTick();
    expect(shown).toHaveLength(1);
    app.unmount();
  });

  it('nothing outside an app root', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const heard: Event[] = [];
    document.body.addEventListener(CONTENT_SHOWN_EVENT, (event) => heard.push(event));
    const page = defineComponent(() => {
      useContentShown();
      return () => h('h1', 'Sign in');
    });
    createApp(page).mount(host);
    expect(heard).toEqual([]);
  });
});
