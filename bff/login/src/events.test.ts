import { describe, expect, it } from 'vitest';
import { LogError, LogErrorCode, openEventLog, type EventLog } from '@tessera/log';
import { CREDENTIALS_STREAM, loginCatalog, USERS_STREAM } from './catalog.js';
import { createPasswordHasher } from './passwords.js';
import { browserHeaders, createTestLoginBff } from './testing.js';

const ann = { email: 'ann@example.org', password: 'correct horse battery', displayName: 'Ann' };

describe('what bff-login writes to the log', () => {
  it('announces a public user.registered on users with no email or password in it', async () => {
    const bff = await createTestLoginBff();
    const user = await bff.accounts.register({ ...ann, role: 'editor' });
    const events = await bff.log.read(USERS_STREAM);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'user.registered',
      key: user.userId,
      data: {
        userId: user.userId,
        displayName: 'Ann',
        role: 'editor',
        username: expect.stringMatching(/^ann-/),
      },
    });
    const shared = JSON.stringify(events);
    expect(shared).not.toContain('ann@example.org');
    expect(shared).not.toContain('scrypt$');
  });

  it('keeps the email and password hash on the private credentials stream only', async () => {
    const bff = await createTestLoginBff();
    await bff.accounts.register({ ...ann, role: 'reader' });
    const [credential] = await bff.log.read(CREDENTIALS_STREAM);
    expect(credential?.data).toMatchObject({
      email: 'ann@example.org',
      passwordHash: expect.stringMatching(/^scrypt\$/),
    });
    expect(JSON.stringify(credential)).not.toContain(ann.password);
  });

  it('never writes the password to its logs', async () => {
    const bff = await createTestLoginBff();
    await bff.app.inject({
      method: 'POST',
      url: '/api/login/register',
      headers: { ...browserHeaders, 'content-type': 'application/json' },
      payload: ann,
    });
    expect(JSON.stringify(bff.lines())).not.toContain(ann.password);
  });

  it('finishes a registration whose public event was never appended when the user signs in', async () => {
    const bff = await createTestLoginBff({}, { start: false });
    const passwordHash = await createPasswordHasher({ params: { log2N: 10, r: 8, p: 1 } }).hash(
      ann.password,
    );
    const data = {
      userId: 'u-7',
      email: ann.email,
      passwordHash,
      displayName: 'Ann',
      role: 'editor',
    };
    await bff.log.append(CREDENTIALS_STREAM, [{ type: 'credential.created', key: 'u-7', data }]);
    await bff.start();
    const user = await bff.accounts.authenticate(ann.email, ann.password);
    expect(user).toMatchObject({ userId: 'u-7', displayName: 'Ann', role: 'editor' });
    expect(await bff.log.read(USERS_STREAM)).toHaveLength(1);
  });

  it('rebuilds the same accounts from the log after a restart', async () => {
    const first = await createTestLoginBff();
    const user = await first.accounts.register({ ...ann, role: 'reader' });
    const restarted = await createTestLoginBff({ log: first.log });
    expect(restarted.accounts.findUser(user.userId)).toEqual(user);
    await expect(restarted.accounts.authenticate(ann.email, ann.password)).resolves.toEqual(user);
  });

  it('reports not ready until its projections have caught up with the log', async () => {
    const seeded = await createTestLoginBff();
    await seeded.accounts.register({ ...ann, role: 'reader' });
    const bff = await createTestLoginBff({ log: seeded.log }, { start: false });
    expect((await bff.app.inject({ url: '/readyz' })).statusCode).toBe(503);
    await bff.start();
    const ready = await bff.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', users: 1, credentials: 1 });
    expect((await bff.app.inject({ url: '/metrics' })).body).toContain(
      'projection_events_applied_total{projection="users"} 1',
    );
  });

  it('answers 503 with Retry-After, not 500, when the log is unavailable', async () => {
    const healthy = await openEventLog('memory:', { catalog: loginCatalog() });
    const down: EventLog = {
      ...healthy,
      append: async () => {
        throw new LogError(LogErrorCode.Unavailable, 'backend unreachable');
      },
    };
    const bff = await createTestLoginBff({ log: down });
    const res = await bff.app.inject({
      method: 'POST',
      url: '/api/login/register',
      headers: { ...browserHeaders, 'content-type': 'application/json' },
      payload: ann,
    });
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('1');
    expect(res.json().code).toBe('LOGIN_006');
  });
});
