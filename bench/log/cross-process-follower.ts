/** Child of the cross-process latency bench: prints "offset monotonicMs" per event applied. */
import { createProjection, openEventLog } from '@tessera/log';
import { monotonicMs } from './measure.js';

const [url, stream] = process.argv.slice(2);
const log = await openEventLog(url!, { producer: 'bench-follower' });
const projection = createProjection({
  log,
  stream: stream!,
  initial: () => null,
  apply: (state, event) => {
    process.stdout.write(`${event.offset} ${monotonicMs()}\n`);
    return state;
  },
});
await projection.start();
process.stdout.write('ready\n');
process.stdin.resume();
process.stdin.on('end', () => void projection.stop().then(() => log.close()));
