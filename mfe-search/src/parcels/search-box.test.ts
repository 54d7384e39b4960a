// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount, unmount, type SearchBoxOptions } from './search-box';

function props(domElement: HTMLElement) {
  return { name: 'search-header-search', domElement, navigate: vi.fn(), version: '0.1.0+test' };
}

async function mounted(options: SearchBoxOptions = {}) {
  const slot = document.createElement('div');
  document.body.append(slot);
  const p = props(slot);
  await mount(p, { delay: 0, ...options });
  const input = slot.querySelector('input')!;
  return { p, slot, input };
}

function press(input: HTMLInputElement, key: string) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  input.dispatchEvent(event);
  return event;
}

function type(input: HTMLInputElement, text: string) {
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function submit(form: HTMLFormElement) {
  form.dispatchEvent(new Event('submit', { cancelable: true }));
}

const suggestions = async () => ['seawall', 'seawall vote', 'seagrass'];

describe('the search box parcel', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    window.history.replaceState(null, '', '/');
  });

  it('renders a search input named "Search articles" in a search landmark', async () => {
    const { slot, input } = await mounted();
    expect(input.type).toBe('search');
    expect(input.getAttribute('aria-label')).toBe('Search articles');
    expect(slot.querySelector('[role="search"]')).not.toBeNull();
  });

  it('navigates to the search page with the typed query on Enter', async () => {
    const { p, slot, input } = await mounted();
    input.value = ' rain & sun ';
    submit(slot.querySelector('form')!);
    expect(p.navigate).toHaveBeenCalledWith('/search?q=rain%20%26%20sun');
  });

  it('shows the current query when mounted on the search page, and follows back/forward', async () => {
    window.history.replaceState(null, '', '/search?q=tessera&section=city');
    const { input } = await mounted();
    expect(input.value).toBe('tessera');
    window.history.replaceState(null, '', '/search?q=harbour');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(input.value).toBe('harbour');
  });

  it('lists suggestions for two typed characters or more, linked to the input', async () => {
    const source = vi.fn(suggestions);
    const { slot, input } = await mounted({ suggestions: source });
    type(input, 's');
    await new Promise((r) => setTimeout(r, 5));
    expect(source).not.toHaveBeenCalled();
    type(input, 'sea');
    const listbox = slot.querySelector('[role="listbox"]')!;
    await vi.waitFor(() => expect(listbox.hasAttribute('hidden')).toBe(false));
    expect(source).toHaveBeenCalledWith('sea', expect.any(AbortSignal));
    expect(input.getAttribute('aria-controls')).toBe(listbox.id);
    expect(input.getAttribute('aria-autocomplete')).toBe('list');
    const options = [...listbox.querySelectorAll('[role="option"]')].map((o) => o.textContent);
    expect(options).toEqual(['seawall', 'seawall vote', 'seagrass']);
    expect(slot.querySelector('[role="status"]')?.textContent).toContain('3 suggestions');
  });

  it('moves through the suggestions with the arrow keys and goes to the active one on Enter', async () => {
    const { p, slot, input } = await mounted({ suggestions });
    type(input, 'sea');
    await vi.waitFor(() => expect(slot.querySelectorAll('[role="option"]')).toHaveLength(3));
    const active = () => document.getElementById(input.getAttribute('aria-activedescendant')!);
    press(input, 'ArrowDown');
    press(input, 'ArrowDown');
    expect(active()?.textContent).toBe('seawall vote');
    expect(active()?.getAttribute('aria-selected')).toBe('true');
    press(input, 'ArrowUp');
    press(input, 'ArrowUp');
    expect(active()?.textContent).toBe('seagrass');
    const enter = press(input, 'Enter');
    expect(enter.defaultPrevented).toBe(true);
    expect(p.navigate).toHaveBeenCalledWith('/search?q=seagrass');
    expect(input.value).toBe('seagrass');
    expect(slot.querySelector('[role="listbox"]')?.hasAttribute('hidden')).toBe(true);
  });

  it('closes the suggestions on Escape, and Enter then searches for what was typed', async () => {
    const { slot, input } = await mounted({ suggestions });
    type(input, 'sea');
    await vi.waitFor(() => expect(slot.querySelectorAll('[role="option"]')).toHaveLength(3));
    press(input, 'ArrowDown');
    expect(press(input, 'Escape').defaultPrevented).toBe(true);
    expect(slot.querySelector('[role="listbox"]')?.hasAttribute('hidden')).toBe(true);
    expect(input.hasAttribute('aria-activedescendant')).toBe(false);
    expect(press(input, 'Enter').defaultPrevented).toBe(false);
  });

  it('goes to a suggestion that is clicked', async () => {
    const { p, slot, input } = await mounted({ suggestions });
    type(input, 'sea');
    await vi.waitFor(() => expect(slot.querySelectorAll('[role="option"]')).toHaveLength(3));
    slot.querySelectorAll<HTMLElement>('[role="option"]')[1]!.click();
    expect(p.navigate).toHaveBeenCalledWith('/search?q=seawall%20vote');
  });

  it('keeps working as a plain search box when suggestions fail', async () => {
    const { p, slot, input } = await mounted({
      suggestions: async () => Promise.reject(new Error('down')),
    });
    type(input, 'sea');
    await new Promise((r) => setTimeout(r, 5));
    expect(slot.querySelector('[role="listbox"]')?.hasAttribute('hidden')).toBe(true);
    submit(slot.querySelector('form')!);
    expect(p.navigate).toHaveBeenCalledWith('/search?q=sea');
  });

  it('leaves the slot empty and stops following navigation after unmount', async () => {
    const { p, slot, input } = await mounted();
    await unmount(p);
    expect(slot.innerHTML).toBe('');
    window.history.replaceState(null, '', '/search?q=later');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(input.value).toBe('');
  });
});
