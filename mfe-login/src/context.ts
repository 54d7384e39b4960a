import { inject, type InjectionKey, type Ref } from 'vue';
import type { SessionApi, SessionUser } from './api/session';
import type { ShellProps } from './shell-props';

/** The shell's `navigate` prop, provided to every component of the app. */
export const NAVIGATE: InjectionKey<ShellProps['navigate']> = Symbol('navigate');

/** The login BFF's session API, created once per mounted app. */
export const SESSION_API: InjectionKey<SessionApi> = Symbol('session-api');

/** Who is signed in, as far as this app knows (set by sign-in and registration). */
export const SESSION: InjectionKey<Ref<SessionUser | null>> = Symbol('session');

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

export function useSession(): Ref<SessionUser | null> {
  return required(SESSION, 'a session');
}
