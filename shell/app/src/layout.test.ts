// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { markCurrentNav, renderLayout, renderNav } from './layout.js';
import { routeShellLinks } from './links.js';
import { notFoundLifecycles } from './not-found.js';

beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
});

function layout() {
  return renderLayout(document, document.getElementById('root')!);
}

describe('the layout', () => {
  it('has the brand, the header slots, the main slot and the version list', () => {
    const { slot, versions } = layout();
    const brand = document.querySelector<HTMLAnchorElement>('header a.t-brand');
    expect(brand?.textContent).toBe('Tessera News');
    expect(brand?.getAttribute('href')).toBe('/');
    expect(slot('header-search')?.closest('header')).not.toBeNull();
    expect(slot('header-account')?.closest('header')).not.toBeNull();
    expect(slot('main')?.tagName).toBe('MAIN');
    expect(slot('nowhere')).toBeNull();
    expect(versions.dataset.testid).toBe('app-versions');
  });

  it('renders nav links in the order given and marks the current one', () => {
    const { nav } = layout();
    renderNav(nav, [
      { label: 'Front page', href: '/', order: 10 },
      { label: 'Search', href: '/search', order: 20 },
    ]);
    const links = [...nav.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).toEqual(['Front page', 'Search']);
    markCurrentNav(nav, '/search');
    expect(links.map((a) => a.getAttribute('aria-current'))).toEqual([null, 'page']);
    markCurrentNav(nav, '/');
    expect(links.map((a) => a.getAttribute('aria-current'))).toEqual(['page', null]);
  });
});

describe('shell links', () => {
  function click(target: Element, init: MouseEventInit = {}) {
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init });
    target.dispatchEvent(event);
    return event;
  }

  it('navigate client-side on a plain click', () => {
    const { root, nav } = layout();
    renderNav(nav, [{ label: 'Search', href: '/search', order: 1 }]);
    const navigate = vi.fn();
    routeShellLinks(root, navigate);
    const event = click(nav.querySelector('a')!);
    expect(event.defaultPrevented).toBe(true);
    expect(navigate).toHaveBeenCalledWith('/search');
  });

  it('leave modified clicks and other links to the browser', () => {
    const { root, main } = layout();
    const navigate = vi.fn();
    routeShellLinks(root, navigate);
    const brand = root.querySelector('a.t-brand')!;
    expect(click(brand, { ctrlKey: true }).defaultPrevented).toBe(false);
    main.innerHTML = '<a href="/elsewhere">app link</a>';
    expect(click(main.querySelector('a')!).defaultPrevented).toBe(false);
    expect(navigate).not.toHaveBeenCalled();
  });
});

describe('the 404 page', () => {
  it('mounts a heading and a link home into the main slot, and leaves nothing behind', async () => {
    const { main } = layout();
    const page = notFoundLifecycles(main);
    await page.mount();
    expect(main.querySelector('h1')?.textContent).toBe('Page not found');
    expect(main.querySelector('a[data-tessera-link]')?.getAttribute('href')).toBe('/');
    await page.unmount();
    expect(main.innerHTML).toBe('');
  });
});
