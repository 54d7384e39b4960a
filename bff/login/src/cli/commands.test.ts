import { openEventLog } from '@tessera/log';
import { describe, expect, it } from 'vitest';
import { loginCatalog } from '../catalog.js';
import { createPasswordHasher } from '../passwords.js';
import { parseAdminArgs, runAdminCommand, UsageError } from './commands.js';

const hasher = createPasswordHasher({ params: { log2N: 10, r: 8, p: 1 } });
const create = [
  'create-user',
  '--email',
  'Ed@Example.org',
  '--password',
  'long enough pw',
  '--role',
  'editor',
];

describe('admin commands', () => {
  it('parses create-user with defaults', () => {
    expect(
      parseAdminArgs(['create-user', '--email', 'a@b.org', '--password', 'long enough pw']),
    ).toEqual({
      command: 'create-user',
      email: 'a@b.org',
      password: 'long enough pw',
      role: 'reader',
    });
  });

  it.each([
    [[], /no command/],
    [['make-coffee'], /unknown command "make-coffee"/],
    [['create-user', '--password', 'long enough pw'], /--email/],
    [['create-user', '--email', 'a@b.org', '--password', 'short'], /--password/],
    [
      ['create-user', '--email', 'a@b.org', '--password', 'long enough pw', '--role', 'admin'],
      /--role/,
    ],
    [['create-user', '--bogus'], /bogus/],
    [['set-role', '--email', 'a@b.org'], /--role/],
  ])('explains a bad invocation %j', (argv, message) => {
    expect(() => parseAdminArgs(argv)).toThrow(UsageError);
    expect(() => parseAdminArgs(argv)).toThrow(message);
  });

  it('creates an editor, refuses the same email twice, and changes a role', async () => {
    const log = await openEventLog('memory:', { catalog: loginCatalog() });
    const created = JSON.parse(await runAdminCommand(parseAdminArgs(create), { log, hasher }));
    expect(created.created).toMatchObject({ email: 'ed@example.org', role: 'editor' });
    const [registered] = await log.read('users');
    expect(registered?.data).toMatchObject({ displayName: 'ed', role: 'editor' });

    await expect(runAdminCommand(parseAdminArgs(create), { log, hasher })).rejects.toMatchObject({
      code: 'LOGIN_001',
    });

    const demote = parseAdminArgs(['set-role', '--email', 'ed@example.org', '--role', 'reader']);
    expect(JSON.parse(await runAdminCommand(demote, { log, hasher })).updated.role).toBe('reader');
    const unknown = parseAdminArgs([
      'set-role',
      '--email',
      'nobody@example.org',
      '--role',
      'reader',
    ]);
    await expect(runAdminCommand(unknown, { log, hasher })).rejects.toMatchObject({
      code: 'LOGIN_005',
    });
  });
});
