// @vitest-environment happy-dom
import { createElement } from 'react';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Link } from './link.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;

function renderLink(props: { current?: 'page' | 'true' } = {}) {
  const navigate = vi.fn();
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() =>
    root!.render(
      createElement(Link, { href: '/search?q=tide', navigate, children: 'Tide', ...props }),
    ),
  );
  return { navigate, anchor: host.querySelector('a')! };
}

function click(anchor: HTMLAnchorElement, init: MouseEventInit) {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, ...init });
  anchor.dispatchEvent(event);
  return event;
}

describe('Link', () => {
  afterEach(() => {
    act(() => root?.unmount());
    document.body.innerHTML = '';
  });

  it('navigates client-side on a plain left click and keeps the browser from following it', () => {
    const { navigate, anchor } = renderLink();
    const event = click(anchor, { button: 0 });
    expect(navigate).toHaveBeenCalledWith('/search?q=tide');
    expect(event.defaultPrevented).toBe(true);
  });

  it.each([
    { ctrlKey: true },
    { metaKey: true },
    { shiftKey: true },
    { altKey: true },
    { button: 1 },
  ])('leaves %o to the browser', (init) => {
    const { navigate, anchor } = renderLink();
    const event = click(anchor, { button: 0, ...init });
    expect(navigate).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(false);
  });

  it('is an ordinary link with its href, marked current only when asked', () => {
    expect(renderLink().anchor.getAttribute('aria-current')).toBeNull();
    act(() => root?.unmount());
    const { anchor } = renderLink({ current: 'page' });
    expect(anchor.getAttribute('href')).toBe('/search?q=tide');
    expect(anchor.getAttribute('aria-current')).toBe('page');
  });
});
