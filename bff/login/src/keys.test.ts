import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { captureLogger } from '@tessera/kit/testing';
import { describe, expect, it } from 'vitest';
import { loadOrCreateDevKeys, sessionKeysFromPem } from './keys.js';

describe('session keys', () => {
  it('generates a development key once, says so, and reuses it on the next start', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'login-keys-')), 'nested', 'session-key.pem');
    const captured = captureLogger();
    const first = await loadOrCreateDevKeys({ file, logger: captured.logger });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(captured.lines()[0]).toMatchObject({
      file,
      msg: expect.stringMatching(/generated a development key/),
    });
    const second = await loadOrCreateDevKeys({ file, logger: captured.logger });
    expect(second.kid).toBe(first.kid);
    expect(readFileSync(file, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
  });

  it('refuses a private key that is not Ed25519', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    });
    await expect(sessionKeysFromPem(rsa.toString())).rejects.toThrow(/Ed25519/);
  });
});
