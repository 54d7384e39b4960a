import type { SessionUser } from '../api/session';
import type { ShellProps } from '../shell-props';
import styles from './account-menu.module.css';

/**
 * The `./account-menu` header parcel. Plain DOM on purpose: the header is on every route, and a
 * React route must not download Vue for it. It links to sign-in, or to the account once
 * `tessera:session-changed` names a user.
 */

interface Mounted {
  link: HTMLAnchorElement;
  stop(): void;
}

const mounted = new Map<string, Mounted>();

function show(link: HTMLAnchorElement, user: SessionUser | null): void {
  link.href = user ? '/account' : '/login';
  link.textContent = user ? user.displayName : 'Sign in';
}

function createLink(navigate: ShellProps['navigate']): HTMLAnchorElement {
  const link = document.createElement('a');
  link.className = styles.link ?? '';
  show(link, null);
  link.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    navigate(link.pathname);
  });
  return link;
}

export async function bootstrap(): Promise<void> {}

export async function mount({ name, domElement, navigate }: ShellProps): Promise<void> {
  const link = createLink(navigate);
  const onSession = (event: Event) => {
    show(link, (event as CustomEvent<{ user: SessionUser | null }>).detail.user);
  };
  window.addEventListener('tessera:session-changed', onSession);
  domElement.append(link);
  mounted.set(name, {
    link,
    stop: () => window.removeEventListener('tessera:session-changed', onSession),
  });
}

export async function unmount({ name }: ShellProps): Promise<void> {
  const parcel = mounted.get(name);
  parcel?.stop();
  parcel?.link.remove();
  mounted.delete(name);
}
