import { fileURLToPath } from 'node:url';

/**
 * The repository's `.data` directory. `pnpm --filter` runs scripts inside
 * bff/login, so a cwd-relative default would scatter state; relative paths a
 * user sets in the environment still mean the cwd.
 */
export const REPO_DATA_DIR = fileURLToPath(new URL('../../../.data', import.meta.url));
