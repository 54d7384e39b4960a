import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { ServiceError } from '@tessera/kit';
import { LoginErrors } from './errors.js';

/** scrypt cost; OWASP's recommendation is N=2^17, r=8, p=1 (128 MiB per hash). */
export interface ScryptParams {
  log2N: number;
  r: number;
  p: number;
}

export const OWASP_SCRYPT: ScryptParams = { log2N: 17, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** True when the password matches; a malformed stored hash never matches. */
  verify(password: string, stored: string): Promise<boolean>;
  /** Spends the same effort as a verify, so an unknown account is not faster to refuse. */
  burn(password: string): Promise<void>;
}

export interface PasswordHasherOptions {
  params?: ScryptParams;
  /** Hashes run at once; each holds 128·N·r bytes, so this caps memory (default 2). */
  concurrency?: number;
  /** Hashes allowed to wait; past it callers are told to retry (default 64). */
  maxQueue?: number;
}

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const N = 2 ** params.log2N;
  const options: ScryptOptions = {
    N,
    r: params.r,
    p: params.p,
    // Node's default maxmem (32 MiB) is below what N=2^17, r=8 needs (128 MiB).
    maxmem: 256 * N * params.r,
  };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/**
 * A counting semaphore: at most `limit` tasks run, up to `maxQueue` wait in
 * order, and the rest are refused at once, so a flood of sign-ins cannot
 * queue without bound or hold the memory of hundreds of hashes.
 */
function limiter(limit: number, maxQueue: number) {
  let running = 0;
  const queue: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (running >= limit && queue.length >= maxQueue) {
      throw new ServiceError(
        LoginErrors.busy,
        'The service is busy checking passwords; retry in a moment.',
        {
          headers: { 'retry-after': '1' },
        },
      );
    }
    if (running >= limit) await new Promise<void>((resolve) => queue.push(resolve));
    running++;
    try {
      return await task();
    } finally {
      running--;
      queue.shift()?.();
    }
  };
}

// Stored as scrypt$<log2N>$<r>$<p>$<salt>$<key> (base64url), so parameters can rise later.
function encode(params: ScryptParams, salt: Buffer, key: Buffer): string {
  const parts = [
    params.log2N,
    params.r,
    params.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ];
  return ['scrypt', ...parts].join('$');
}

function decode(stored: string): { params: ScryptParams; salt: Buffer; key: Buffer } | undefined {
  const [scheme, log2N, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return undefined;
  const params = { log2N: Number(log2N), r: Number(r), p: Number(p) };
  if (!Object.values(params).every((n) => Number.isInteger(n) && n > 0 && n <= 32))
    return undefined;
  return { params, salt: Buffer.from(salt, 'base64url'), key: Buffer.from(key, 'base64url') };
}

export function createPasswordHasher(options: PasswordHasherOptions = {}): PasswordHasher {
  const params = options.params ?? OWASP_SCRYPT;
  const run = limiter(options.concurrency ?? 2, options.maxQueue ?? 64);
  const dummySalt = randomBytes(SALT_LENGTH);

  return {
    async hash(password) {
      const salt = randomBytes(SALT_LENGTH);
      return encode(params, salt, await run(() => derive(password, salt, params)));
    },
    async verify(password, stored) {
      const parsed = decode(stored);
      if (!parsed) return false;
      const key = await run(() => derive(password, parsed.salt, parsed.params));
      return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
    },
    async burn(password) {
      await run(() => derive(password, dummySalt, params));
    },
  };
}
