import { inject, type InjectionKey } from 'vue';
import type { SessionApi } from './api/session';
import type { SessionStore } from './session-store';
import type { ShellProps } from './shell-props';

/** The shell's `navigate` prop, provided to every component of the app. */
export const NAVIGATE: InjectionKey<ShellProps['navigate']> = Symbol('navigate');

/** The login BFF's sign-in and registration, created once per mounted app. */
export const SESSION_API: InjectionKey<SessionApi> = Symbol('session-api');

/** Who is signed in, as far as this app knows. */
export const SESSION: InjectionKey<SessionStore> = Symbol('session');

function required<T>(key: InjectionKey<T>, what: string): T {
  const value = inject(key);
  if (!value) throw new Error(`The login app was mounted without ${what}.`);
  return value;
}

export function useNavigate(): ShellProps['navigate'] {
  return required(NAVIGATE, 'a navigate prop');
}

export function useSessionApi(): SessionApi {
  return required(SESSION_API, 'a session API');
}

export function useSession(): SessionStore {
  return required(SESSION, 'a session');
}
