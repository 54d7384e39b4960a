import { randomUUID } from 'node:crypto';
import { ServiceError, type Role } from '@tessera/kit';
import { isLogError, LogErrorCode, type EventLog } from '@tessera/log';
import { CREDENTIALS_STREAM, USERS_STREAM, type CredentialCreated } from './catalog.js';
import { fromLogError, LoginErrors } from './errors.js';
import type { PasswordHasher } from './passwords.js';
import type { LoginProjections, UserRecord } from './projections.js';
import { usernameFor } from './username.js';

export interface NewAccount {
  email: string;
  password: string;
  displayName: string;
  role: Role;
}

export interface Accounts {
  /** Claims the email on the private stream, then announces the user on `users`. */
  register(account: NewAccount, traceId?: string): Promise<UserRecord>;
  /** The account's public record, or a LOGIN_002 error that does not say which part was wrong. */
  authenticate(email: string, password: string, traceId?: string): Promise<UserRecord>;
  findUser(userId: string): UserRecord | undefined;
}

export interface AccountsOptions {
  log: EventLog;
  projections: LoginProjections;
  hasher: PasswordHasher;
}

const CLAIM_ATTEMPTS = 5;

function emailTaken(): ServiceError {
  return new ServiceError(
    LoginErrors.emailTaken,
    'An account with this email exists; sign in instead.',
  );
}

export function createAccounts({ log, projections, hasher }: AccountsOptions): Accounts {
  const { users, credentials } = projections;

  // Optimistic concurrency on the credentials stream makes "first claim wins"
  // hold across replicas: we append only if nothing landed since we looked.
  async function claimEmail(credential: CredentialCreated, traceId?: string): Promise<void> {
    for (let attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
      const seen = credentials.offset;
      if (credentials.state.byEmail.has(credential.email)) throw emailTaken();
      try {
        const event = {
          type: 'credential.created',
          key: credential.userId,
          id: `credential.created:${credential.userId}`,
          data: credential,
          traceId,
        };
        const { offsets } = await log.append(CREDENTIALS_STREAM, [event], { expectedHead: seen });
        await credentials.waitFor(offsets[0]!);
        return;
      } catch (error) {
        if (!isLogError(error, LogErrorCode.Conflict)) throw error;
        await credentials.waitFor(await log.head(CREDENTIALS_STREAM));
      }
    }
    throw new ServiceError(
      LoginErrors.busy,
      'Many accounts are being created right now; try again.',
    );
  }

  // Idempotent by event id, so repeating it after a crash appends nothing new.
  async function announce(credential: CredentialCreated, traceId?: string): Promise<UserRecord> {
    const data = {
      userId: credential.userId,
      username: usernameFor(credential.displayName, credential.userId),
      displayName: credential.displayName,
      role: credential.role,
    };
    const { offsets } = await log.append(USERS_STREAM, [
      {
        type: 'user.registered',
        key: data.userId,
        id: `user.registered:${data.userId}`,
        data,
        traceId,
      },
    ]);
    await users.waitFor(offsets[0]!);
    return users.state.byId.get(data.userId) ?? data;
  }

  async function register(account: NewAccount, traceId?: string): Promise<UserRecord> {
    // Refuse a known email before paying for a hash.
    if (credentials.state.byEmail.has(account.email)) throw emailTaken();
    const credential: CredentialCreated = {
      userId: randomUUID(),
      email: account.email,
      passwordHash: await hasher.hash(account.password),
      displayName: account.displayName,
      role: account.role,
    };
    await claimEmail(credential, traceId);
    return announce(credential, traceId);
  }

  async function authenticate(
    email: string,
    password: string,
    traceId?: string,
  ): Promise<UserRecord> {
    const credential = credentials.state.byEmail.get(email);
    const ok = credential
      ? await hasher.verify(password, credential.passwordHash)
      : (await hasher.burn(password), false);
    if (!credential || !ok) {
      throw new ServiceError(
        LoginErrors.badCredentials,
        'Check your email and password and try again.',
      );
    }
    return users.state.byId.get(credential.userId) ?? announce(credential, traceId);
  }

  return {
    register: (account, traceId) => register(account, traceId).catch(rethrowFromLog),
    authenticate: (email, password, traceId) =>
      authenticate(email, password, traceId).catch(rethrowFromLog),
    findUser: (userId) => users.state.byId.get(userId),
  };
}

function rethrowFromLog(error: unknown): never {
  throw fromLogError(error);
}
