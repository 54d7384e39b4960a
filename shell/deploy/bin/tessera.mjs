#!/usr/bin/env node
// Runs the CLI compiled by esbuild (see compile.mjs); if it cannot be compiled, runs the
// TypeScript through tsx, which works everywhere but starts seconds slower. The compile cache
// comes first, before anything loads the CommonJS it is for.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { enableCompileCache } from './compile-cache.mjs';
import { compiledCli } from './compile.mjs';

const cacheDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '.cache');
const compileCacheDir = join(cacheDir, 'tessera-compile');
// One cache per command: a rollback need not read the megabytes of webpack a deploy caches.
const command = /^[a-z]+$/.test(process.argv[2] ?? '') ? process.argv[2] : 'other';
enableCompileCache({ dir: compileCacheDir, name: `cli-${command}` });
// For the mount check's worker (mount-worker-entry.mjs), a process this one forks.
process.env.TESSERA_COMPILE_CACHE_DIR = compileCacheDir;

const entry = await compiledCli().catch((error) => {
  process.stderr.write(`tessera: running through tsx, the bundle failed: ${error.message}\n`);
  return undefined;
});
if (entry) {
  await import(entry);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
}
