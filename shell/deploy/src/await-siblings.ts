import type { UploadedApp } from './publish-steps.js';
import type { SiblingJob, SiblingStats } from './siblings.js';

const files = (count: number) => `${count} file${count === 1 ? '' : 's'}`;

/** What the upload line says about the siblings it started writing. */
export function siblingsStarted(upload: UploadedApp): string {
  const due = upload.siblings.files;
  if (upload.status === 'published') {
    return `published (${files(upload.files ?? 0)} copied; writing the compressed siblings of ${due})`;
  }
  if (due === 0) return 'already published, identical';
  return `already published, identical; compressed siblings missing for ${files(due)} (an upload stopped before writing them): writing them`;
}

/** `compressed siblings: 22 written in 520 ms, 470 ms of it beside verify`. */
export function siblingsDone(stats: SiblingStats, besideUntil?: number): string {
  const ms = Math.round(stats.endedAt - stats.startedAt);
  const copied = stats.copied > 0 ? `, ${stats.copied} copied from an earlier version` : '';
  const beside =
    besideUntil === undefined
      ? ''
      : `, ${Math.round(Math.min(stats.endedAt, besideUntil) - stats.startedAt)} ms of it beside verify`;
  return `compressed siblings of ${files(stats.files)}: ${stats.written} written${copied} in ${ms} ms${beside}`;
}

/** Waits for every job; on the first failure, stops the others and throws it. */
export async function allSiblings(jobs: readonly SiblingJob[]): Promise<SiblingStats[]> {
  try {
    return await Promise.all(jobs.map((job) => job.done));
  } catch (error) {
    await Promise.all(jobs.map((job) => job.cancel()));
    throw error;
  }
}
