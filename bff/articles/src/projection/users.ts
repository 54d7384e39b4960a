import type { EventEnvelope } from '@tessera/log';
import { UserRegistered, UserRoleChanged } from '@tessera/log/schemas';

export const USERS_STREAM = 'users';

export interface UserProfile {
  displayName: string;
  role: 'reader' | 'editor';
}

export interface UsersState {
  byId: Map<string, UserProfile>;
}

export function emptyUsers(): UsersState {
  return { byId: new Map() };
}

/** Fold step for `users`: bylines need names, writes need today's role. */
export function applyUserEvent(state: UsersState, event: EventEnvelope): UsersState {
  if (event.type === 'user.registered') {
    const data = UserRegistered.parse(event.data);
    if (!state.byId.has(data.userId)) {
      state.byId.set(data.userId, { displayName: data.displayName, role: data.role });
    }
  } else if (event.type === 'user.role-changed') {
    const data = UserRoleChanged.parse(event.data);
    const user = state.byId.get(data.userId);
    if (user) user.role = data.role;
  }
  return state;
}
