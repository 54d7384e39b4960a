// The mount check's worker as the CLI bundle starts it (compile.mjs builds it as
// mount-worker.js): the compile cache first, for the Playwright it requires, then the worker.
// Imported dynamically, so none of the worker's modules load before the cache is in place.
import { enableCompileCache } from './compile-cache.mjs';

const dir = process.env.TESSERA_COMPILE_CACHE_DIR;
if (dir) enableCompileCache({ dir, name: 'mount-worker' });
await import('../src/mount-worker.ts');
