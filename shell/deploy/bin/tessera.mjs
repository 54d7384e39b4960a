#!/usr/bin/env node
// Runs the CLI compiled by esbuild (see compile.mjs); if it cannot be compiled, runs the
// TypeScript through tsx, which works everywhere but starts seconds slower.
import { compiledCli } from './compile.mjs';

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
