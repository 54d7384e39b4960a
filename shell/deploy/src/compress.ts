import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { writeFileAtomic } from './atomic.js';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/**
 * Writes `<file>.br` and `<file>.gz` at maximum compression: assets are immutable, so the
 * cost is paid once per version. A sibling that would not be smaller is not written.
 * Returns how many siblings were written.
 */
export async function writeCompressedSiblings(file: string): Promise<number> {
  const content = await readFile(file);
  const [br, gzipped] = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gz(content, { level: 9 }),
  ]);
  let written = 0;
  for (const [ext, bytes] of [
    ['.br', br],
    ['.gz', gzipped],
  ] as const) {
    if (bytes.length >= content.length) continue;
    await writeFileAtomic(file + ext, bytes);
    written += 1;
  }
  return written;
}
