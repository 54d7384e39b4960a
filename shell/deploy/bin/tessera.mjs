#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so the workspace needs no build step for its tools.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli.ts');
