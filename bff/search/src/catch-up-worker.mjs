// The catch-up worker's entry. Worker threads do not inherit tsx's loader (it
// registers itself on the main thread only), so the worker registers it before
// loading its TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./catch-up-worker.ts');
