import { isPlainLeftClick } from '@tessera/mfe-kit';
import { loadAccountApi } from '../api/load-account';
import { announceSession } from '../api/session-event';
import type { SessionUser } from '../api/session';
import type { ShellProps } from '../shell-props';
import { createMenuButton, type MenuButton } from './menu-button';
import { followMenuSession } from './menu-session';
import styles from './account-menu.module.css';

/**
 * The `./account-menu` header parcel. Plain DOM on purpose: the header is on every route, and a
 * React route must not download Vue for it. It asks the login BFF who is signed in when mounted,
 * then follows `tessera:session-changed`: a "Sign in" link for nobody, or a menu button named
 * with the user's display name, offering "Account" and "Sign out".
 */

interface Mounted {
  host: HTMLElement;
  stop(): void;
}

const mounted = new Map<string, Mounted>();

function signInLink(navigate: ShellProps['navigate']): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = '/login';
  link.className = styles.link ?? '';
  link.textContent = 'Sign in';
  link.addEventListener('click', (event) => {
    if (!isPlainLeftClick(event)) return;
    event.preventDefault();
    navigate('/login');
  });
  return link;
}

function create({ name, navigate }: ShellProps): Mounted {
  const host = document.createElement('div');
  host.className = styles.host ?? '';
  let menu: MenuButton | undefined;

  async function signOut() {
    try {
      await (await loadAccountApi()).signOut();
      announceSession(null);
    } catch {
      const alert = document.createElement('p');
      alert.setAttribute('role', 'alert');
      alert.className = styles.alert ?? '';
      alert.textContent = 'Signing out failed; try again.';
      host.append(alert);
    }
  }

  function show(user: SessionUser | null) {
    menu?.destroy();
    menu = undefined;
    host.replaceChildren();
    if (!user) {
      host.append(signInLink(navigate));
      return;
    }
    menu = createMenuButton({
      id: `${name}-account`,
      label: user.displayName,
      navigate,
      items: [
        { label: 'Account', href: '/account' },
        { label: 'Sign out', run: () => void signOut() },
      ],
    });
    host.append(menu.element);
  }

  show(null);
  const stopFollowing = followMenuSession({
    me: async () => (await loadAccountApi()).me(),
    show,
  });
  return {
    host,
    stop() {
      stopFollowing();
      menu?.destroy();
    },
  };
}

export async function bootstrap(): Promise<void> {}

export async function mount(props: ShellProps): Promise<void> {
  const parcel = create(props);
  props.domElement.append(parcel.host);
  mounted.set(props.name, parcel);
}

export async function unmount({ name }: ShellProps): Promise<void> {
  const parcel = mounted.get(name);
  parcel?.stop();
  parcel?.host.remove();
  mounted.delete(name);
}
