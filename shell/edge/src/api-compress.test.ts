import { describe, expect, it } from 'vitest';
import { apiEncoding, MIN_API_COMPRESS_BYTES, varyWithEncoding } from './api-compress.js';

const json = { 'content-type': 'application/json; charset=utf-8' };

describe('which proxied answers are compressed', () => {
  it('JSON, problem documents and text of unknown or sufficient length, in the best accepted encoding', () => {
    expect(apiEncoding(json, 'gzip, deflate, br')).toBe('br');
    expect(apiEncoding({ 'content-type': 'application/problem+json' }, 'gzip')).toBe('gzip');
    const big = { 'content-type': 'text/plain', 'content-length': String(MIN_API_COMPRESS_BYTES) };
    expect(apiEncoding(big, 'br')).toBe('br');
  });

  it('not event streams, binary types, small or already encoded answers, or clients that refuse', () => {
    expect(apiEncoding({ 'content-type': 'text/event-stream' }, 'br')).toBeUndefined();
    expect(apiEncoding({ 'content-type': 'image/png' }, 'br')).toBeUndefined();
    expect(apiEncoding({ 'content-type': 'application/jsonp' }, 'br')).toBeUndefined();
    expect(apiEncoding({ ...json, 'content-length': '1023' }, 'br')).toBeUndefined();
    expect(apiEncoding({ ...json, 'content-encoding': 'gzip' }, 'br')).toBeUndefined();
    expect(apiEncoding(json, undefined)).toBeUndefined();
    expect(apiEncoding(json, 'br;q=0, gzip;q=0')).toBeUndefined();
  });
});

describe('the Vary header of a proxied answer', () => {
  it('names accept-encoding once, beside what the backend varies on', () => {
    expect(varyWithEncoding(undefined)).toBe('accept-encoding');
    expect(varyWithEncoding('cookie')).toBe('cookie, accept-encoding');
    expect(varyWithEncoding('Accept-Encoding, cookie')).toBe('Accept-Encoding, cookie');
    expect(varyWithEncoding('*')).toBe('*');
  });
});
