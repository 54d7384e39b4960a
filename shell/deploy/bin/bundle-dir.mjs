// Where the compiled CLI lives: every build in a folder of its own under the cache folder,
// named by a hash of its inputs' stamps, and `current.json` naming the newest. A CLI process
// keeps loading chunks from its folder after it started (they load lazily, and the mount check
// forks mount-worker.js from beside them), so a rebuild never writes into a folder in use; a
// folder is removed only once it has not been current for `keepMs`.
import { createHash } from 'node:crypto';
import { readFile, readdir, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const CURRENT_FILE = 'current.json';
const TEMP_PREFIX = 'tmp-';

/** How long a superseded build stays: far longer than any command runs. */
export const KEEP_SUPERSEDED_MS = 10 * 60_000;

/** Writes through a temporary file and a rename, so a reader never sees half a file. */
async function writeAtomically(file, text) {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, text);
  await rename(temp, file);
}

/** The current build: `{ build, inputs }` (folder name; input file → mtime), or undefined. */
export async function readCurrent(cacheDir) {
  try {
    const current = JSON.parse(await readFile(join(cacheDir, CURRENT_FILE), 'utf8'));
    return typeof current.build === 'string' && current.inputs ? current : undefined;
  } catch {
    return undefined;
  }
}

/** A folder to build into, unique to this process and attempt. */
export function tempBuildDir(cacheDir) {
  const id = `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  return join(cacheDir, `${TEMP_PREFIX}${id}`);
}

/** The folder name of a build: the same inputs in the same state always give the same name. */
export function buildName(inputs) {
  const stamps = Object.entries(inputs).sort(([a], [b]) => (a < b ? -1 : 1));
  return `cli-${createHash('sha256').update(JSON.stringify(stamps)).digest('hex').slice(0, 12)}`;
}

/**
 * Moves a finished build from its temp folder to its named folder and makes it current. When
 * that folder exists already (another process built the same inputs, or they changed back),
 * the existing one is kept, marked as new, and the temp folder removed.
 */
export async function publishBuild(cacheDir, tempDir, inputs) {
  const build = buildName(inputs);
  const dir = join(cacheDir, build);
  try {
    await rename(tempDir, dir);
  } catch (error) {
    if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    await rm(tempDir, { recursive: true, force: true });
    const now = new Date();
    await utimes(dir, now, now);
  }
  await writeAtomically(join(cacheDir, CURRENT_FILE), JSON.stringify({ build, inputs }));
  return dir;
}

/**
 * Removes builds that stopped being current more than `keepMs` ago: a folder was superseded
 * when the next newer one was made. Temp folders of builds that never finished go once they
 * are that old themselves. Never fails the command: what cannot be removed is left.
 */
export async function pruneBuilds(
  cacheDir,
  { current, now = Date.now(), keepMs = KEEP_SUPERSEDED_MS },
) {
  const names = (await readdir(cacheDir).catch(() => [])).filter((name) => name !== CURRENT_FILE);
  const entries = await Promise.all(
    names.map(async (name) => ({
      name,
      mtimeMs: (await stat(join(cacheDir, name)).catch(() => undefined))?.mtimeMs,
    })),
  );
  const known = entries.filter((entry) => entry.mtimeMs !== undefined);
  const builds = known.filter((entry) => !entry.name.startsWith(TEMP_PREFIX));
  const supersededAt = (entry) =>
    entry.name.startsWith(TEMP_PREFIX)
      ? entry.mtimeMs
      : Math.min(
          ...builds.filter((other) => other.mtimeMs > entry.mtimeMs).map((other) => other.mtimeMs),
        );
  const stale = known.filter(
    (entry) => entry.name !== current && now - supersededAt(entry) > keepMs,
  );
  await Promise.all(
    stale.map((entry) =>
      rm(join(cacheDir, entry.name), { recursive: true, force: true }).catch(() => undefined),
    ),
  );
  return stale.map((entry) => entry.name);
}
