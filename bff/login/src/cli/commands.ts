import { parseArgs } from 'node:util';
import { ServiceError } from '@tessera/kit';
import type { EventLog } from '@tessera/log';
import { z } from 'zod';
import { createAccounts } from '../accounts.js';
import { USERS_STREAM } from '../catalog.js';
import { LoginErrors } from '../errors.js';
import { displayNameSchema, emailSchema, passwordSchema, ROLES, roleSchema } from '../contract.js';
import type { PasswordHasher } from '../passwords.js';
import { createLoginProjections } from '../projections.js';

export const USAGE = `usage:
  admin create-user --email E --password P [--role reader|editor] [--name "Display Name"]
  admin set-role --email E --role reader|editor`;

/** A mistake in how the command was called: the entry prints it with the usage and exits 2. */
export class UsageError extends Error {}

const createUserArgs = z.object({
  email: emailSchema,
  password: passwordSchema,
  role: z.enum(ROLES).default('reader'),
  name: displayNameSchema.optional(),
});
const setRoleArgs = z.object({ email: emailSchema, role: roleSchema });

export type AdminCommand =
  | ({ command: 'create-user' } & z.output<typeof createUserArgs>)
  | ({ command: 'set-role' } & z.output<typeof setRoleArgs>);

function validated<S extends z.ZodType>(schema: S, values: unknown): z.output<S> {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`);
  throw new UsageError(problems.join('\n'));
}

export function parseAdminArgs(argv: string[]): AdminCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        email: { type: 'string' },
        password: { type: 'string' },
        role: { type: 'string' },
        name: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [command, ...extra] = parsed.positionals;
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (command === 'create-user') return { command, ...validated(createUserArgs, parsed.values) };
  if (command === 'set-role') return { command, ...validated(setRoleArgs, parsed.values) };
  throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
}

export interface AdminDeps {
  log: EventLog;
  hasher: PasswordHasher;
}

/** Runs one command against the log; returns the line to print. */
export async function runAdminCommand(
  command: AdminCommand,
  { log, hasher }: AdminDeps,
): Promise<string> {
  const projections = createLoginProjections(log);
  await Promise.all([projections.users.start(), projections.credentials.start()]);
  try {
    if (command.command === 'create-user') {
      const accounts = createAccounts({ log, projections, hasher });
      const displayName = command.name ?? command.email.split('@')[0]!;
      const user = await accounts.register({ ...command, displayName });
      return JSON.stringify({
        created: { id: user.userId, email: command.email, role: user.role },
      });
    }
    const credential = projections.credentials.state.byEmail.get(command.email);
    if (!credential) {
      throw new ServiceError(
        LoginErrors.noSuchAccount,
        `No account uses ${command.email}; create it first.`,
      );
    }
    await log.append(USERS_STREAM, [
      {
        type: 'user.role-changed',
        key: credential.userId,
        data: { userId: credential.userId, role: command.role, changedBy: 'admin-cli' },
      },
    ]);
    return JSON.stringify({
      updated: { id: credential.userId, email: command.email, role: command.role },
    });
  } finally {
    await Promise.all([projections.users.stop(), projections.credentials.stop()]);
  }
}
