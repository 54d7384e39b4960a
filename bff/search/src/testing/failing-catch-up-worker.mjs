// A catch-up worker that hands the first two events over, then fails: the
// projection must read the rest of the log itself.
import { register } from 'tsx/esm/api';

register();
const { parentPort, workerData } = await import('node:worker_threads');
const { openEventLog } = await import('@tessera/log');
const log = await openEventLog(workerData.url);
const events = await log.read(workerData.stream, { limit: 2 });
await log.close();
parentPort.postMessage({ kind: 'events', events });
// Fails once the main thread has applied them, so the test knows where it got to.
while (Atomics.load(workerData.applied, 0) === 0) Atomics.wait(workerData.applied, 0, 0, 10);
throw new Error('the catch-up worker failed (test)');
