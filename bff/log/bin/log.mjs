#!/usr/bin/env node
// The package ships TypeScript sources; tsx (a workspace dev dependency) runs them.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
