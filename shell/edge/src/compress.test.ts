import { describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createCompressor, negotiateEncoding } from './compress.js';
import { bucketFromCookies, releaseFor } from './bucket.js';

describe('content encoding negotiation', () => {
  it('prefers brotli, falls back to gzip, and honours q=0', () => {
    expect(negotiateEncoding('gzip, deflate, br')).toBe('br');
    expect(negotiateEncoding('gzip')).toBe('gzip');
    expect(negotiateEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('identity')).toBeUndefined();
    expect(negotiateEncoding(undefined)).toBeUndefined();
  });

  it('compresses to bytes that decompress to the original', () => {
    const compress = createCompressor(1);
    const body = 'tessera '.repeat(500);
    expect(brotliDecompressSync(compress(body, 'br')).toString()).toBe(body);
    expect(gunzipSync(compress(body, 'gzip')).toString()).toBe(body);
  });
});

describe('canary buckets', () => {
  it('are read from the cookie only when they are 0-99', () => {
    expect(bucketFromCookies('a=1; tessera_bucket=7')).toBe(7);
    expect(bucketFromCookies('tessera_bucket=100')).toBeUndefined();
    expect(bucketFromCookies('tessera_bucket=x')).toBeUndefined();
    expect(bucketFromCookies(undefined)).toBeUndefined();
  });

  it('send buckets below the canary percent to the canary', () => {
    const current = { version: '1.0.0+aaaaaa1', manifest: '/m1' };
    const canary = { version: '1.1.0+bbbbbb2', manifest: '/m2', percent: 25 };
    const app = {
      remote: 'r',
      framework: 'react' as const,
      routes: ['/'],
      slot: 'main',
      nav: [],
      parcels: {},
      current,
      canary,
    };
    expect(releaseFor(app, 24)).toBe(canary);
    expect(releaseFor(app, 25)).toBe(current);
    expect(releaseFor({ ...app, canary: undefined }, 0)).toBe(current);
  });
});
