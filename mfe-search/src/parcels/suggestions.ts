import styles from './search-box.module.css';

/** Finds suggestions for what was typed; rejects (or is aborted) when there are none to give. */
export type SuggestionSource = (query: string, signal: AbortSignal) => Promise<string[]>;

export interface SuggestionsOptions {
  /** Unique per mounted parcel: prefixes the listbox and option ids. */
  id: string;
  source: SuggestionSource;
  /** A suggestion was picked (Enter on the active one, or a click). */
  choose(text: string): void;
  /** Milliseconds of quiet typing before asking for suggestions. */
  delay?: number;
}

export interface Suggestions {
  close(): void;
  destroy(): void;
}

const MIN_LENGTH = 2;

/**
 * Keyboard-navigable suggestions under a search input, after the ARIA combobox pattern: the input
 * keeps focus and points at the active option with `aria-activedescendant`; ArrowDown/ArrowUp
 * move through the options, Enter picks the active one, Escape closes the list.
 */
export function attachSuggestions(
  input: HTMLInputElement,
  options: SuggestionsOptions,
): Suggestions {
  const { id, source, choose, delay = 150 } = options;
  const listbox = document.createElement('ul');
  listbox.id = `${id}-listbox`;
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', 'Suggestions');
  listbox.className = styles.listbox ?? '';
  listbox.hidden = true;
  const status = document.createElement('span');
  status.setAttribute('role', 'status');
  status.className = styles.visuallyHidden ?? '';
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listbox.id);
  input.after(listbox, status);

  let items: HTMLLIElement[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: AbortController | undefined;

  function setActive(index: number) {
    items[active]?.setAttribute('aria-selected', 'false');
    items[active]?.classList.remove(styles.active ?? '');
    active = index;
    const option = items[active];
    if (!option) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    option.setAttribute('aria-selected', 'true');
    option.classList.add(styles.active ?? '');
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView?.({ block: 'nearest' });
  }

  function close() {
    clearTimeout(timer);
    pending?.abort();
    setActive(-1);
    items = [];
    listbox.replaceChildren();
    listbox.hidden = true;
    status.textContent = '';
  }

  function show(texts: string[]) {
    close();
    if (texts.length === 0) return;
    items = texts.map((text, i) => {
      const option = document.createElement('li');
      option.id = `${id}-option-${i}`;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.className = styles.option ?? '';
      option.textContent = text;
      // Keep focus in the input; the click that follows picks the option.
      option.addEventListener('mousedown', (event) => event.preventDefault());
      option.addEventListener('click', () => pick(text));
      return option;
    });
    listbox.replaceChildren(...items);
    listbox.hidden = false;
    const count = texts.length === 1 ? '1 suggestion' : `${texts.length} suggestions`;
    status.textContent = `${count}; use the up and down arrow keys to choose.`;
  }

  function pick(text: string) {
    input.value = text;
    close();
    choose(text);
  }

  function request() {
    const query = input.value.trim();
    close();
    if (query.length < MIN_LENGTH) return;
    const controller = new AbortController();
    pending = controller;
    timer = setTimeout(() => {
      source(query, controller.signal).then(
        (texts) => {
          if (!controller.signal.aborted && document.activeElement === input) show(texts);
        },
        () => undefined,
      );
    }, delay);
  }

  function onKeydown(event: KeyboardEvent) {
    const open = !listbox.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!open) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = active + step;
      setActive(next < 0 ? items.length - 1 : next >= items.length ? 0 : next);
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      pick(items[active]?.textContent ?? '');
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  }

  const onBlur = () => close();
  input.addEventListener('input', request);
  input.addEventListener('keydown', onKeydown);
  input.addEventListener('blur', onBlur);

  return {
    close,
    destroy() {
      close();
      input.removeEventListener('input', request);
      input.removeEventListener('keydown', onKeydown);
      input.removeEventListener('blur', onBlur);
      listbox.remove();
      status.remove();
    },
  };
}
