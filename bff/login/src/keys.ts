import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { calculateJwkThumbprint, exportJWK, type JSONWebKeySet } from 'jose';
import type { Logger } from 'pino';

export interface SessionKeys {
  privateKey: KeyObject;
  publicKey: KeyObject;
  kid: string;
  jwks: JSONWebKeySet;
}

/** Builds the key set from an Ed25519 private key in PKCS#8 PEM. */
export async function sessionKeysFromPem(pem: string): Promise<SessionKeys> {
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new Error('SESSION_PRIVATE_KEY must be an Ed25519 private key (PKCS#8 PEM)');
  }
  const publicKey = createPublicKey(privateKey);
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  return {
    privateKey,
    publicKey,
    kid,
    jwks: { keys: [{ ...jwk, kid, alg: 'EdDSA', use: 'sig' }] },
  };
}

export function generateSessionKeyPem(): string {
  return generateKeyPairSync('ed25519')
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();
}

export interface DevKeyOptions {
  file: string;
  logger: Logger;
}

/**
 * For development only: reuses the key stored in `file`, or generates one and
 * stores it there (mode 0600), so sessions survive restarts. Says so in the log.
 */
export async function loadOrCreateDevKeys({ file, logger }: DevKeyOptions): Promise<SessionKeys> {
  if (existsSync(file)) {
    logger.warn(
      { file },
      'SESSION_PRIVATE_KEY not set; using the development key stored in this file',
    );
    return sessionKeysFromPem(readFileSync(file, 'utf8'));
  }
  const pem = generateSessionKeyPem();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, pem, { mode: 0o600 });
  logger.warn(
    { file },
    'SESSION_PRIVATE_KEY not set; generated a development key and stored it in this file',
  );
  return sessionKeysFromPem(pem);
}
