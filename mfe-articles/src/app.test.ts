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
  const shellProps = { name: 'articles', domElement, navigate, version: '0.1.0+test' };
  return shellProps as typeof shellProps & Props;
}

describe('the articles app lifecycles', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('mount the front page with one heading and the list of stories', async () => {
    const p = props('/');
    await bootstrap(p);
    await mount(p);
    const root = p.domElement.querySelector('[data-app="articles"]');
    expect(root?.querySelectorAll('h1')).toHaveLength(1);
    expect(root?.querySelector('h1')?.textContent).toBe('Front page');
    expect(root?.querySelector('[aria-label="Latest articles"]')?.children.length).toBeGreaterThan(
      0,
    );
    await unmount(p);
  });

  it('navigate client-side through the shell when a section link is clicked', async () => {
    const p = props('/');
    await bootstrap(p);
    await mount(p);
    const link = [...p.domElement.querySelectorAll('a')].find((a) => a.textContent === 'World');
    link?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
    expect(p.navigate).toHaveBeenCalledWith('/section/world');
    await unmount(p);
  });

  it('leave the slot empty after unmount', async () => {
    const p = props('/editor');
    await bootstrap(p);
    await mount(p);
    expect(p.domElement.querySelector('h1')?.textContent).toBe('Editor');
    await unmount(p);
    expect(p.domElement.innerHTML).toBe('');
  });
});
