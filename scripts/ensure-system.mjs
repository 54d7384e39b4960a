#!/usr/bin/env node
// Makes sure the system packages the tests drive are present: Debian's Chromium (Playwright
// never downloads a browser here) and nats-server (the NATS adapter's tests start their own).
// As root with apt-get it installs what is missing; otherwise it stops with the exact command.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needed = [
  { pkg: 'chromium', bin: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  // The deploy's mount check launches it when present (shell/deploy/src/chromium.ts).
  { pkg: 'chromium-headless-shell', bin: '/usr/bin/chromium-headless-shell' },
  { pkg: 'nats-server', bin: process.env.NATS_SERVER_PATH ?? '/usr/sbin/nats-server' },
];

const missing = needed.filter(({ bin }) => !existsSync(bin)).map(({ pkg }) => pkg);
if (missing.length === 0) process.exit(0);

const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!isRoot || !hasApt) {
  console.error(`Missing system packages: ${missing.join(', ')}.`);
  console.error(`Install them, then run the tests again:\n  sudo sh -c '${command}'`);
  process.exit(1);
}

console.log(`Installing system packages: ${missing.join(', ')} (apt-get, about a minute)…`);
const started = Date.now();
execFileSync('sh', ['-c', command], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
});
console.log(`Installed ${missing.join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
