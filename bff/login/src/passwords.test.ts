import { describe, expect, it } from 'vitest';
import { createPasswordHasher, OWASP_SCRYPT } from './passwords.js';

const cheap = createPasswordHasher({ params: { log2N: 10, r: 8, p: 1 } });

describe('password hashing', () => {
  it("defaults to OWASP scrypt parameters (N=2^17, r=8, p=1), within Node's memory cap", async () => {
    expect(OWASP_SCRYPT).toEqual({ log2N: 17, r: 8, p: 1 });
    const stored = await createPasswordHasher().hash('correct horse battery');
    expect(stored).toMatch(/^scrypt\$17\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
  });

  it('salts every hash, so equal passwords hash differently', async () => {
    expect(await cheap.hash('same password')).not.toBe(await cheap.hash('same password'));
  });

  it('refuses a wrong password', async () => {
    const stored = await cheap.hash('correct horse battery');
    await expect(cheap.verify('correct horse batterY', stored)).resolves.toBe(false);
  });

  it('verifies with the parameters stored in the hash, not the current ones', async () => {
    const stored = await createPasswordHasher({ params: { log2N: 11, r: 8, p: 1 } }).hash('pw');
    await expect(cheap.verify('pw', stored)).resolves.toBe(true);
  });

  it('treats a malformed stored hash as no match', async () => {
    for (const stored of ['', 'plain', 'scrypt$99$8$1$abc$def', 'bcrypt$10$8$1$abc$def']) {
      await expect(cheap.verify('pw', stored)).resolves.toBe(false);
    }
  });

  it('refuses hashes beyond its queue with a 503 problem instead of queueing without bound', async () => {
    const hasher = createPasswordHasher({
      params: { log2N: 10, r: 8, p: 1 },
      concurrency: 1,
      maxQueue: 1,
    });
    const results = await Promise.allSettled([
      hasher.hash('a'),
      hasher.hash('b'),
      hasher.hash('c'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect((results[2] as PromiseRejectedResult).reason).toMatchObject({
      status: 503,
      code: 'LOGIN_004',
    });
  });
});
