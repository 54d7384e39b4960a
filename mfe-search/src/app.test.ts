// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bootstrap, mount, unmount } from './app';

/** single-spa adds `singleSpa` and `mountParcel` to the shell's props; these apps use neither. */
type Props = Parameters<typeof mount>[0];

function props(path: string) {
  window.history.replaceState(null, '', path);
  const domElement = document.createElement('div');
  document.body.append(domElement);
  const navigate = vi.fn();
  const shellProps = { name: 'search', domElement, navigate, version: '0.1.0+test' };
  return shellProps as typeof shellProps & Props;
}

describe('the search app lifecycles', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('mount the search page, naming the query, under the app marker', async () => {
    const p = props('/search?q=tessera');
    await bootstrap(p);
    await mount(p);
    const root = p.domElement.querySelector('[data-app="search"]');
    expect(root?.querySelectorAll('h1')).toHaveLength(1);
    expect(root?.querySelector('h1')?.textContent).toBe('Search');
    expect(root?.textContent).toContain('tessera');
    await unmount(p);
  });

  it('follow navigation while mounted', async () => {
    const p = props('/search?q=first');
    await bootstrap(p);
    await mount(p);
    window.history.pushState(null, '', '/search?q=second');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.waitFor(() => expect(p.domElement.textContent).toContain('second'));
    await unmount(p);
  });

  it('leave the slot empty after unmount', async () => {
    const p = props('/search');
    await bootstrap(p);
    await mount(p);
    await unmount(p);
    expect(p.domElement.innerHTML).toBe('');
  });
});
