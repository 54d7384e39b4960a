#!/usr/bin/env node
// `pnpm dev [mfe...] [shell]`: the composed site with the named MFEs (default: all, and the
// shell) served live by their dev servers, the rest from their published versions.
import { fileURLToPath } from 'node:url';
import { assertPortsFree } from './lib/ports.mjs';
import { createSupervisor } from './lib/supervisor.mjs';
import {
  buildMissing,
  publishAll,
  siteConfig,
  sitePorts,
  startBffs,
  startEdge,
  stopOnSignals,
  waitForBffs,
  waitForHttp,
} from './lib/site.mjs';
import { devPorts, pickDevTargets, startDevServers } from './lib/dev-servers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const config = siteConfig(root, process.env);

let targets;
try {
  targets = pickDevTargets(root, process.argv.slice(2));
} catch (error) {
  console.error(error.message);
  process.exit(2);
}

const supervisor = createSupervisor({
  onUnexpectedExit(name, how) {
    if (name.startsWith('bff-')) {
      console.error(`${name} exited (${how}); its API answers 503 until it runs again.`);
      return;
    }
    console.error(`${name} exited (${how}); stopping the rest.`);
    supervisor.stopAll().then(() => process.exit(1));
  },
});
stopOnSignals(supervisor);

try {
  await assertPortsFree(config.host, { ...sitePorts(config), ...devPorts(targets) });
  // Apps not under development are served from their published builds.
  await buildMissing(config);
  await publishAll(config);
  const bffs = startBffs(supervisor, config);
  const dev = await startDevServers(supervisor, root, targets);
  await waitForHttp(startEdge(supervisor, config, dev.edgeEnv), { timeoutMs: 60_000 });
  await waitForBffs(bffs, 60_000);
  console.log(`\nTessera dev is up: http://${config.host}:${config.port}/`);
  console.log(`Live: ${dev.live.join(', ')}. Everything else is published. Ctrl-C stops all.`);
} catch (error) {
  console.error(`pnpm dev failed: ${error.message}`);
  await supervisor.stopAll();
  process.exit(1);
}
