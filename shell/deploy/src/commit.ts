import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

export interface Commit {
  sha: string;
  /** Committer date, ISO 8601 with offset (`git log --format=%cI`). */
  time: string;
}

const run = promisify(execFile);

/**
 * The last commit that touched `dir` (an app's folder): where its lead time starts. Null when
 * `dir` is not in a git checkout or has no commit yet; a deploy never fails for want of one.
 */
export async function commitOf(dir: string): Promise<Commit | null> {
  try {
    const { stdout } = await run('git', ['log', '-1', '--format=%H%n%cI', '--', '.'], { cwd: dir });
    const [sha, time] = stdout.trim().split('\n');
    return sha && time ? { sha, time } : null;
  } catch {
    return null;
  }
}
