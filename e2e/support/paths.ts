import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '..', '..');
/** Where the composed e2e server publishes assets and keeps its event log; fresh each run. */
export const e2eDataDir = join(repoRoot, '.tmp', 'e2e');
export const assetsDir = join(e2eDataDir, 'assets');
/** The log the BFFs, the edge (whose registry is its `deploys` stream) and the tests share. */
export const eventLogUrl = `sqlite:${join(e2eDataDir, 'log.db')}`;
