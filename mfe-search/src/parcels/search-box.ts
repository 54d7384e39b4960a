import type { ShellProps } from '../shell-props';
import styles from './search-box.module.css';

/**
 * The `./search-box` header parcel. Plain DOM on purpose: the header is on every route, and a
 * Vue route must not download React for it.
 */

const mounted = new Map<string, HTMLFormElement>();

function currentQuery(): string {
  if (window.location.pathname !== '/search') return '';
  return new URLSearchParams(window.location.search).get('q') ?? '';
}

function createForm(navigate: ShellProps['navigate']): HTMLFormElement {
  const form = document.createElement('form');
  form.setAttribute('role', 'search');
  form.className = styles.form ?? '';
  const input = document.createElement('input');
  input.type = 'search';
  input.name = 'q';
  input.className = styles.input ?? '';
  input.placeholder = 'Search articles';
  input.setAttribute('aria-label', 'Search articles');
  input.value = currentQuery();
  form.append(input);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    navigate(query ? `/search?q=${encodeURIComponent(query)}` : '/search');
  });
  return form;
}

export async function bootstrap(): Promise<void> {}

export async function mount({ name, domElement, navigate }: ShellProps): Promise<void> {
  const form = createForm(navigate);
  domElement.append(form);
  mounted.set(name, form);
}

export async function unmount({ name }: ShellProps): Promise<void> {
  mounted.get(name)?.remove();
  mounted.delete(name);
}
