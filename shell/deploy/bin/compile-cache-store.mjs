// The compile cache's file: V8 code caches of CommonJS modules, one file per process kind (the
// CLI, the mount check's worker), read whole at start and rewritten at exit when it gained
// anything. Layout: 4 bytes of index length, the JSON index, then the caches back to back.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Past this size a save keeps only the entries this process used. */
const MAX_BYTES = 64 * 1024 * 1024;

/**
 * The entries of a cache file (module file → `{ hash, data }`); empty when the file is missing,
 * unreadable, damaged or written by another V8, whose caches V8 would refuse anyway.
 * @param {string} file
 * @returns {Map<string, { hash: string, data: Buffer }>}
 */
export function readCacheFile(file) {
  try {
    const buffer = readFileSync(file);
    const indexEnd = 4 + buffer.readUInt32LE(0);
    const { v8, entries } = JSON.parse(buffer.subarray(4, indexEnd).toString('utf8'));
    if (v8 !== process.versions.v8) return new Map();
    return new Map(
      Object.entries(entries).map(([module, [hash, start, end]]) => [
        module,
        { hash, data: buffer.subarray(indexEnd + start, indexEnd + end) },
      ]),
    );
  } catch {
    return new Map();
  }
}

/**
 * Writes the entries through a temporary file and a rename, so a process starting meanwhile
 * reads the old file or the new one, never half of one. Returns false when it cannot write
 * (a read-only checkout, a full disk): the cache is an optimisation, never a failure.
 * @param {string} file
 * @param {Map<string, { hash: string, data: Buffer }>} entries
 */
export function writeCacheFile(file, entries) {
  const index = {};
  const parts = [];
  let offset = 0;
  for (const [module, { hash, data }] of entries) {
    index[module] = [hash, offset, offset + data.length];
    parts.push(data);
    offset += data.length;
  }
  const head = Buffer.from(JSON.stringify({ v8: process.versions.v8, entries: index }));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(head.length);
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temp, Buffer.concat([length, head, ...parts]));
    renameSync(temp, file);
    return true;
  } catch {
    removeQuietly(temp);
    return false;
  }
}

function removeQuietly(file) {
  try {
    rmSync(file, { force: true });
  } catch {
    // Nothing more to do: a leftover temp file is harmless.
  }
}

/**
 * What to save: this process's entries, plus the stored ones it did not use (other commands
 * load other modules) while the whole stays under the size limit.
 * @param {Map<string, { hash: string, data: Buffer }>} stored
 * @param {Map<string, { hash: string, data: Buffer }>} used
 */
export function entriesToSave(stored, used) {
  const merged = new Map(used);
  let size = [...used.values()].reduce((sum, entry) => sum + entry.data.length, 0);
  for (const [module, entry] of stored) {
    if (merged.has(module) || size + entry.data.length > MAX_BYTES) continue;
    merged.set(module, entry);
    size += entry.data.length;
  }
  return merged;
}
