import { readSearchState, searchHref, SEARCH_PATH } from '../search/search-state';
import type { ShellProps } from '../shell-props';
import { attachSuggestions, type SuggestionSource } from './suggestions';
import styles from './search-box.module.css';

/**
 * The `./search-box` header parcel. Plain DOM on purpose: the header is on every route, and a
 * Vue route must not download React for it. The suggestion client (and the contract schemas
 * it parses with) loads on first use, so a page that is only read pays nothing for it.
 */

const SUGGESTION_LIMIT = 6;

const fetchSuggestions: SuggestionSource = async (query, signal) => {
  const { createSuggestApi } = await import('../api/suggest');
  return createSuggestApi().suggest(query, SUGGESTION_LIMIT, signal);
};

interface Mounted {
  form: HTMLFormElement;
  stop(): void;
}

const mounted = new Map<string, Mounted>();

function currentQuery(): string {
  if (window.location.pathname !== SEARCH_PATH) return '';
  return readSearchState(new URLSearchParams(window.location.search)).q;
}

function searchFor(query: string): string {
  return searchHref({ q: query.trim(), page: 1 });
}

export interface SearchBoxOptions {
  suggestions?: SuggestionSource;
  delay?: number;
}

function create({ name, navigate }: ShellProps, options: SearchBoxOptions): Mounted {
  const form = document.createElement('form');
  form.setAttribute('role', 'search');
  form.className = styles.form ?? '';
  const input = document.createElement('input');
  input.type = 'search';
  input.name = 'q';
  input.autocomplete = 'off';
  input.className = styles.input ?? '';
  input.placeholder = 'Search articles';
  input.setAttribute('aria-label', 'Search articles');
  input.value = currentQuery();
  form.append(input);
  const suggestions = attachSuggestions(input, {
    id: `${name}-suggest`,
    source: options.suggestions ?? fetchSuggestions,
    choose: (text) => navigate(searchFor(text)),
    delay: options.delay,
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    suggestions.close();
    navigate(searchFor(input.value));
  });
  // Back and forward change the query under the box: show it, unless the reader is typing.
  const onPopState = () => {
    if (document.activeElement !== input) input.value = currentQuery();
  };
  window.addEventListener('popstate', onPopState);
  return {
    form,
    stop() {
      suggestions.destroy();
      window.removeEventListener('popstate', onPopState);
    },
  };
}

export async function bootstrap(): Promise<void> {}

/** `options` is for tests: the shell passes props only. */
export async function mount(props: ShellProps, options: SearchBoxOptions = {}): Promise<void> {
  const parcel = create(props, options);
  props.domElement.append(parcel.form);
  mounted.set(props.name, parcel);
}

export async function unmount({ name }: ShellProps): Promise<void> {
  const parcel = mounted.get(name);
  parcel?.stop();
  parcel?.form.remove();
  mounted.delete(name);
}
