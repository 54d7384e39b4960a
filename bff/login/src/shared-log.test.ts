import { sharedLogs, type SharedLog } from '@tessera/log/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  browserHeaders,
  createTestLoginBff,
  openLoginLog,
  sessionTokenFrom,
  type TestLoginBff,
} from './testing.js';

const ann = { email: 'ann@example.org', password: 'correct horse battery', displayName: 'Ann' };

function post(bff: TestLoginBff, path: string, payload: object) {
  return bff.app.inject({
    method: 'POST',
    url: `/api/login/${path}`,
    headers: { ...browserHeaders, 'content-type': 'application/json' },
    payload: JSON.stringify(payload),
  });
}

/** A login BFF with its own connection to the shared log, as a separate replica would have. */
async function replica(url: string, keys?: TestLoginBff['keys']): Promise<TestLoginBff> {
  return createTestLoginBff({ log: await openLoginLog(url), ...(keys ? { keys } : {}) });
}

/** Polls `check` until it holds: a replica applies another's events when it next reads the log. */
async function eventually(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe.each(sharedLogs)('bff-login on a shared %s log', (_name, openShared) => {
  let shared: SharedLog;
  const running: TestLoginBff[] = [];
  const start = async (keys?: TestLoginBff['keys']) => {
    const bff = await replica(shared.url, keys);
    running.push(bff);
    return bff;
  };
  beforeAll(async () => {
    shared = await openShared();
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((bff) => bff.app.close()));
  });
  afterAll(() => shared.dispose());

  it('rebuilds the same accounts after a restart and signs them in', async () => {
    const first = await start();
    const registered = await post(first, 'register', ann);
    expect(registered.statusCode).toBe(201);
    const { id } = registered.json().user as { id: string };
    const record = first.accounts.findUser(id);
    await first.app.close();

    const second = await start(first.keys);
    expect(second.accounts.findUser(id)).toEqual(record);
    const signedIn = await post(second, 'sign-in', { email: ann.email, password: ann.password });
    expect(signedIn.statusCode).toBe(200);
    expect(sessionTokenFrom(signedIn.headers['set-cookie'])).toBeDefined();
    expect((await post(second, 'register', ann)).statusCode).toBe(409);
    const ready = await second.app.inject({ url: '/readyz' });
    expect(ready.json()).toMatchObject({ status: 'ready' });
  });

  it('lets one replica sign in an account another replica registered', async () => {
    const [a, b] = [await start(), await start()];
    const email = 'bo@example.org';
    const registered = await post(a, 'register', { ...ann, email });
    const { id } = registered.json().user as { id: string };
    await eventually(() => b.accounts.findUser(id) !== undefined);
    // Sign-in reads the credentials projection, which follows its own stream: seeing the user
    // on b does not mean b has applied the credential yet.
    const credentialsOffset = (app: TestLoginBff) =>
      app.app.inject({ url: '/readyz' }).then((res) => res.json().credentials as number);
    const written = await credentialsOffset(a);
    await expect
      .poll(() => credentialsOffset(b), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(written);
    const signedIn = await post(b, 'sign-in', { email, password: ann.password });
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json()).toEqual({ user: { id, displayName: 'Ann', role: 'reader' } });
  });

  it('gives an email registered on two replicas at once to exactly one of them', async () => {
    const [a, b] = [await start(), await start()];
    const payload = { ...ann, email: 'cy@example.org' };
    const answers = await Promise.all([post(a, 'register', payload), post(b, 'register', payload)]);
    expect(answers.map((res) => res.statusCode).sort()).toEqual([201, 409]);
  });
});
