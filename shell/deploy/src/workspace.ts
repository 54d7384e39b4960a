import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The nearest directory at or above `from` holding `pnpm-workspace.yaml`, or `from` itself. */
export async function findWorkspaceRoot(from: string): Promise<string> {
  for (let dir = from; ; dir = dirname(dir)) {
    if (
      await stat(join(dir, 'pnpm-workspace.yaml')).then(
        () => true,
        () => false,
      )
    )
      return dir;
    if (dirname(dir) === dir) return from;
  }
}
