import { createHash } from 'node:crypto';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/** The best encoding the client accepts (brotli over gzip), honouring `q=0`. */
export function negotiateEncoding(header: string | undefined): Encoding | undefined {
  if (!header) return undefined;
  const accepted = new Map<string, number>();
  for (const part of header.toLowerCase().split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim());
    const q = params.find((param) => param.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const wildcard = accepted.get('*') ?? 0;
  const quality = (name: Encoding) => accepted.get(name) ?? wildcard;
  if (quality('br') > 0) return 'br';
  if (quality('gzip') > 0) return 'gzip';
  return undefined;
}

const ENCODERS: Record<Encoding, (body: Buffer) => Buffer> = {
  br: (body) =>
    brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 9,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gzip: (body) => gzipSync(body, { level: 9 }),
};

/**
 * Compresses dynamic documents. Pages and the registry change only when the registry does,
 * so a small cache keyed by content makes the cost one compression per change.
 */
export function createCompressor(maxEntries = 64) {
  const cache = new Map<string, Buffer>();
  return function compress(body: string, encoding: Encoding): Buffer {
    const key = encoding + createHash('sha256').update(body).digest('base64url');
    const hit = cache.get(key);
    if (hit) return hit;
    const encoded = ENCODERS[encoding](Buffer.from(body));
    if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!);
    cache.set(key, encoded);
    return encoded;
  };
}
