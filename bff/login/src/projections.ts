import { createProjection, type EventEnvelope, type EventLog, type Projection } from '@tessera/log';
import { UserRegistered, UserRoleChanged } from '@tessera/log/schemas';
import type { Logger } from 'pino';
import { CREDENTIALS_STREAM, CredentialCreated, USERS_STREAM } from './catalog.js';

export interface UserRecord {
  userId: string;
  username: string;
  displayName: string;
  role: 'reader' | 'editor';
}

export interface UsersState {
  byId: Map<string, UserRecord>;
}

export interface CredentialsState {
  byEmail: Map<string, CredentialCreated>;
}

/** Fold step for `users`. Maps are updated in place: copying 100k users per event would not scale. */
export function applyUserEvent(state: UsersState, event: EventEnvelope): UsersState {
  if (event.type === 'user.registered') {
    const data = UserRegistered.parse(event.data);
    if (!state.byId.has(data.userId)) state.byId.set(data.userId, { ...data });
  } else if (event.type === 'user.role-changed') {
    const data = UserRoleChanged.parse(event.data);
    const user = state.byId.get(data.userId);
    if (user) user.role = data.role;
  }
  return state;
}

/** Fold step for the private credentials stream: the first claim on an email wins. */
export function applyCredentialEvent(
  state: CredentialsState,
  event: EventEnvelope,
): CredentialsState {
  if (event.type === 'credential.created') {
    const data = CredentialCreated.parse(event.data);
    if (!state.byEmail.has(data.email)) state.byEmail.set(data.email, data);
  }
  return state;
}

export interface LoginProjections {
  users: Projection<UsersState>;
  credentials: Projection<CredentialsState>;
}

export interface ProjectionHooks {
  logger?: Logger;
  /** Called once per applied event, for the events-applied metric. */
  onApplied?: (projection: string) => void;
}

function counted<S>(name: string, fold: (s: S, e: EventEnvelope) => S, hooks: ProjectionHooks) {
  return (state: S, event: EventEnvelope): S => {
    const next = fold(state, event);
    hooks.onApplied?.(name);
    return next;
  };
}

export function createLoginProjections(
  log: EventLog,
  hooks: ProjectionHooks = {},
): LoginProjections {
  return {
    users: createProjection<UsersState>({
      log,
      stream: USERS_STREAM,
      initial: () => ({ byId: new Map() }),
      apply: counted(USERS_STREAM, applyUserEvent, hooks),
      logger: hooks.logger,
    }),
    credentials: createProjection<CredentialsState>({
      log,
      stream: CREDENTIALS_STREAM,
      initial: () => ({ byEmail: new Map() }),
      apply: counted(CREDENTIALS_STREAM, applyCredentialEvent, hooks),
      logger: hooks.logger,
    }),
  };
}
