import type { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import type { Encoding } from './compress.js';
import { negotiateEncoding } from './compress.js';

/** Answers below this are not worth compressing (the same threshold as documents). */
export const MIN_API_COMPRESS_BYTES = 1024;

// JSON and text, never an event stream: a compressor buffers, which would hold events back.
const COMPRESSIBLE = /^(?:text\/(?!event-stream)|application\/(?:[\w.-]+\+)?json\b)/i;

type HeaderValue = string | number | string[] | undefined;

export interface UpstreamHeaders {
  'content-type'?: HeaderValue;
  'content-encoding'?: HeaderValue;
  'content-length'?: HeaderValue;
}

/**
 * The encoding to re-encode a proxied answer in: the client's best, for JSON or text answers
 * the backend sent uncompressed, of unknown length or at least `MIN_API_COMPRESS_BYTES`.
 */
export function apiEncoding(
  headers: UpstreamHeaders,
  acceptEncoding: string | undefined,
): Encoding | undefined {
  if (headers['content-encoding'] !== undefined) return undefined;
  if (!COMPRESSIBLE.test(String(headers['content-type'] ?? ''))) return undefined;
  const length = headers['content-length'];
  if (length !== undefined && Number(length) < MIN_API_COMPRESS_BYTES) return undefined;
  return negotiateEncoding(acceptEncoding);
}

/** `existing` Vary plus `accept-encoding`, once. */
export function varyWithEncoding(existing: HeaderValue): string {
  const names = String(existing ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.some((name) => name === '*' || name.toLowerCase() === 'accept-encoding')) {
    return names.join(', ');
  }
  return [...names, 'accept-encoding'].join(', ');
}

// Dynamic answers are compressed once per request: fast settings, not the smallest output.
const ENCODERS: Record<Encoding, () => Transform> = {
  br: () => createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
  gzip: () => createGzip({ level: 6 }),
};

/** `body` re-encoded; an error on either side destroys both. */
export function encodeStream(body: Readable, encoding: Encoding): Transform {
  return pipeline(body, ENCODERS[encoding](), () => undefined);
}
