import { randomInt } from 'node:crypto';
import type { RegistryApp, Release } from '@tessera/registry';

export const BUCKET_COOKIE = 'tessera_bucket';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** The canary bucket (0-99) from a Cookie header, or undefined if absent or malformed. */
export function bucketFromCookies(header: string | undefined): number | undefined {
  if (!header) return undefined;
  for (const pair of header.split(';')) {
    const [name, value] = pair.split('=', 2).map((part) => part.trim());
    if (name !== BUCKET_COOKIE || value === undefined || !/^\d{1,2}$/.test(value)) continue;
    return Number(value);
  }
  return undefined;
}

export function newBucket(): number {
  return randomInt(100);
}

/**
 * Not HttpOnly: the shell reads the bucket to pick the same release the edge preloaded.
 * `Secure` only over HTTPS, so plain-HTTP localhost keeps working.
 */
export function bucketCookie(bucket: number, secure: boolean): string {
  const attributes = [
    `${BUCKET_COOKIE}=${bucket}`,
    'Path=/',
    `Max-Age=${ONE_YEAR_SECONDS}`,
    'SameSite=Lax',
  ];
  if (secure) attributes.push('Secure');
  return attributes.join('; ');
}

/** The release a browser in `bucket` gets: the canary for buckets below its percent. */
export function releaseFor(app: RegistryApp, bucket: number): Release {
  return app.canary && bucket < app.canary.percent ? app.canary : app.current;
}
