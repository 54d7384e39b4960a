// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount, unmount } from './search-box';

function props(domElement: HTMLElement) {
  return { name: 'search-header-search', domElement, navigate: vi.fn(), version: '0.1.0+test' };
}

function submit(form: HTMLFormElement) {
  form.dispatchEvent(new Event('submit', { cancelable: true }));
}

describe('the search box parcel', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    window.history.replaceState(null, '', '/');
  });

  it('renders a search input named "Search articles"', async () => {
    const slot = document.createElement('div');
    await mount(props(slot));
    const input = slot.querySelector('input[type="search"]');
    expect(input?.getAttribute('aria-label')).toBe('Search articles');
    expect(slot.querySelector('[role="search"]')).not.toBeNull();
  });

  it('navigates to the search page with the typed query on Enter', async () => {
    const slot = document.createElement('div');
    const p = props(slot);
    await mount(p);
    slot.querySelector('input')!.value = ' rain & sun ';
    submit(slot.querySelector('form')!);
    expect(p.navigate).toHaveBeenCalledWith('/search?q=rain%20%26%20sun');
  });

  it('shows the current query when mounted on the search page', async () => {
    window.history.replaceState(null, '', '/search?q=tessera');
    const slot = document.createElement('div');
    await mount(props(slot));
    expect(slot.querySelector('input')!.value).toBe('tessera');
  });

  it('leaves the slot empty after unmount', async () => {
    const slot = document.createElement('div');
    const p = props(slot);
    await mount(p);
    await unmount(p);
    expect(slot.innerHTML).toBe('');
  });
});
