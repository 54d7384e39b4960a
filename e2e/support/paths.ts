import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '..', '..');
/** Where the composed e2e server publishes assets and keeps its registry; fresh each run. */
export const e2eDataDir = join(repoRoot, '.tmp', 'e2e');
export const assetsDir = join(e2eDataDir, 'assets');
export const registryFile = join(e2eDataDir, 'registry.json');
