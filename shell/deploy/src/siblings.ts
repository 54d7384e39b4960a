import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeFileAtomic } from './atomic.js';
import { writeCompressedSibling, type SiblingEncoding } from './compress.js';
import { DeployError } from './errors.js';
import { createLimit, type Limit } from './limit.js';
import { copyPublishedSiblings } from './reuse-siblings.js';

/**
 * Written in a version's folder once every sibling is: a later upload of the version finds them
 * complete without compressing again a small file whose siblings would not be smaller. Dot-named,
 * so the edge never serves it.
 */
export const SIBLINGS_COMPLETE = '.siblings-complete';

/** Writes `<file>.<encoding>`; false when it was not written (it would not be smaller). */
export type CompressSibling = (file: string, encoding: SiblingEncoding) => Promise<boolean>;

export interface SiblingsDue {
  /** The version's folder in the asset store. */
  versionDir: string;
  /** Each text file (relative to `versionDir`) and the siblings it lacks. */
  due: readonly { file: string; encodings: readonly SiblingEncoding[] }[];
  /** Published versions of the app: a file one of them has with the same bytes gets its siblings copied. */
  published?: readonly string[];
}

export interface SiblingStats {
  /** Files that lacked siblings. */
  files: number;
  written: number;
  /** Copied from a published version with the same file. */
  copied: number;
  /** `performance.now()` when the job started and when its last sibling was written. */
  startedAt: number;
  endedAt: number;
}

export interface SiblingJob {
  /** Files that lack siblings. */
  files: number;
  /** Resolves once every due sibling is written; rejects with DEPLOY_014 when one could not be. */
  done: Promise<SiblingStats>;
  /** Starts nothing more and waits for what runs; the next upload of the version writes the rest. */
  cancel(): Promise<void>;
}

export interface SiblingWriter {
  start(siblings: SiblingsDue): SiblingJob;
}

export interface SiblingWriterOptions {
  /** Siblings compressed at once, over every job of this writer (default 2: the machine has 2 cores). */
  concurrency?: number;
  compress?: CompressSibling;
}

interface Task {
  file: string;
  encoding: SiblingEncoding;
  cost: number;
}

// Brotli 11 costs 20-60 times gzip 9 per byte on these chunks (framework chunk: ~440 vs ~8 ms).
const BROTLI_COST = 20;

/** Costliest first, so the longest compression (the framework chunk's brotli) starts first. */
async function tasksOf(versionDir: string, due: SiblingsDue['due']): Promise<Task[]> {
  const tasks = await Promise.all(
    due.map(async ({ file, encodings }) => {
      const { size } = await stat(join(versionDir, file));
      return encodings.map((encoding) => ({
        file,
        encoding,
        cost: size * (encoding === 'br' ? BROTLI_COST : 1),
      }));
    }),
  );
  return tasks.flat().sort((a, b) => b.cost - a.cost);
}

/** Siblings a published version has for the same file are copied; the rest are due for compression. */
async function copyFromPublished({ versionDir, due, published = [] }: SiblingsDue) {
  let copied = 0;
  const rest: SiblingsDue['due'][number][] = [];
  for (const entry of due) {
    const reused =
      published.length > 0
        ? await copyPublishedSiblings(join(versionDir, entry.file), entry.file, published)
        : undefined;
    copied += reused?.length ?? 0;
    const encodings = entry.encodings.filter((encoding) => !reused?.includes(encoding));
    if (encodings.length > 0) rest.push({ file: entry.file, encodings });
  }
  return { copied, rest };
}

/** Any failure of a job, as the error the command reports: what failed and what to do. */
function siblingError(versionDir: string, what: string, error: unknown) {
  if (error instanceof DeployError) return error;
  return new DeployError(
    'DEPLOY_014',
    `Could not write ${what} in ${versionDir}: ${(error as Error).message}. ` +
      'Nothing was activated. Run the command again: the upload writes the siblings the version lacks.',
    { cause: error },
  );
}

async function runJob(
  siblings: SiblingsDue,
  limit: Limit,
  compress: CompressSibling,
  stopped: () => boolean,
) {
  const startedAt = performance.now();
  const nothing = { files: 0, written: 0, copied: 0, startedAt, endedAt: startedAt };
  if (siblings.due.length === 0) return nothing;
  const { copied, rest } = await copyFromPublished(siblings);
  const tasks = await tasksOf(siblings.versionDir, rest);
  let written = 0;
  let failure: DeployError | undefined;
  await Promise.all(
    tasks.map((task) =>
      limit(async () => {
        if (failure || stopped()) return;
        try {
          if (await compress(join(siblings.versionDir, task.file), task.encoding)) written += 1;
        } catch (error) {
          failure ??= siblingError(siblings.versionDir, `${task.file}.${task.encoding}`, error);
        }
      }),
    ),
  );
  if (failure) throw failure;
  if (!stopped()) await writeFileAtomic(join(siblings.versionDir, SIBLINGS_COMPLETE), '');
  const endedAt = performance.now();
  return { files: siblings.due.length, written, copied, startedAt, endedAt };
}

/**
 * Writes the compressed siblings of published versions in the background (on libuv's pool), so
 * the version can be verified meanwhile; whatever goes live must wait for the job's `done`.
 */
export function createSiblingWriter(options: SiblingWriterOptions = {}): SiblingWriter {
  const limit = createLimit(options.concurrency ?? 2);
  const compress = options.compress ?? writeCompressedSibling;
  return {
    start(siblings) {
      let cancelled = false;
      const done = runJob(siblings, limit, compress, () => cancelled).catch((error: unknown) => {
        throw siblingError(siblings.versionDir, 'the compressed siblings', error);
      });
      // Whoever awaits `done` sees its failure; a cancelled job must not report it unhandled.
      done.catch(() => undefined);
      return {
        files: siblings.due.length,
        done,
        cancel: async () => {
          cancelled = true;
          await done.catch(() => undefined);
        },
      };
    },
  };
}
