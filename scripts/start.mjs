#!/usr/bin/env node
// `pnpm start`: build what is missing, publish, and run the composed site (edge + every BFF).
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { assertPortsFree } from './lib/ports.mjs';
import { createSupervisor } from './lib/supervisor.mjs';
import {
  buildMissing,
  publishAll,
  seedEmptyLog,
  siteConfig,
  sitePorts,
  startBffs,
  startEdge,
  stopOnSignals,
  waitForBffs,
  waitForHttp,
} from './lib/site.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const config = siteConfig(root, process.env);
const started = performance.now();

const supervisor = createSupervisor({
  onUnexpectedExit(name, how) {
    if (name !== 'edge') {
      console.error(
        `${name} exited (${how}); its API answers 503 until it runs again. The site stays up.`,
      );
      return;
    }
    console.error(`The edge exited (${how}); stopping the rest.`);
    supervisor.stopAll().then(() => process.exit(1));
  },
});
stopOnSignals(supervisor);

try {
  await assertPortsFree(config.host, sitePorts(config));
  await buildMissing(config);
  await publishAll(config);
  await seedEmptyLog(config);
  const bffs = startBffs(supervisor, config);
  await waitForHttp(startEdge(supervisor, config), { timeoutMs: 60_000 });
  await waitForBffs(bffs, 60_000);
} catch (error) {
  console.error(`pnpm start failed: ${error.message}`);
  await supervisor.stopAll();
  process.exit(1);
}
console.log(
  `\nTessera is up in ${((performance.now() - started) / 1000).toFixed(1)} s: http://${config.host}:${config.port}/`,
);
console.log('Press Ctrl-C to stop.');
