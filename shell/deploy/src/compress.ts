import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { writeFileAtomic } from './atomic.js';

export type SiblingEncoding = 'br' | 'gz';
export const SIBLING_ENCODINGS: readonly SiblingEncoding[] = ['br', 'gz'];

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Maximum compression: assets are immutable, so the cost is paid once per version. */
const ENCODE: Record<SiblingEncoding, (content: Buffer) => Promise<Buffer>> = {
  br: (content) =>
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
  gz: (content) => gz(content, { level: 9 }),
};

/**
 * Writes `<file>.<encoding>` (atomically, so the edge never serves half of it) unless it would
 * not be smaller than the file. Returns whether it was written.
 */
export async function writeCompressedSibling(
  file: string,
  encoding: SiblingEncoding,
): Promise<boolean> {
  const content = await readFile(file);
  const bytes = await ENCODE[encoding](content);
  if (bytes.length >= content.length) return false;
  await writeFileAtomic(`${file}.${encoding}`, bytes);
  return true;
}

/** Writes both siblings of `file`; returns how many were written. */
export async function writeCompressedSiblings(file: string): Promise<number> {
  const written = await Promise.all(
    SIBLING_ENCODINGS.map((encoding) => writeCompressedSibling(file, encoding)),
  );
  return written.filter(Boolean).length;
}
