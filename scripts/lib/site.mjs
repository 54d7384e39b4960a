import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { tsImport } from 'tsx/esm/api';
import { waitForHttp } from './http.mjs';
export { waitForHttp };
import { run } from './supervisor.mjs';
import { BFF_PORTS, listBffs, listMfes, scriptEnv, shellBuilt } from './workspace.mjs';

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** Paths and ports for one run, from the environment (read once, here at the process edge). */
export function siteConfig(root, env) {
  const dataDir = join(root, '.data');
  return {
    root,
    dataDir,
    assetsDir: join(dataDir, 'assets'),
    host: env.HOST || '127.0.0.1',
    port: Number(env.PORT || 8080),
    eventLogUrl: env.EVENT_LOG_URL || `sqlite:${join(dataDir, 'log.db')}`,
  };
}

/** Builds the shell and every MFE that has no build yet, one at a time (2 cores). */
export async function buildMissing({ root }) {
  const missing = listMfes(root)
    .filter((mfe) => !mfe.built)
    .map((mfe) => mfe.name);
  if (!shellBuilt(root)) missing.unshift('@tessera/shell-app');
  if (missing.length === 0) {
    console.log('All builds present (run `pnpm build` to rebuild).');
    return;
  }
  for (const [i, name] of missing.entries()) {
    const started = performance.now();
    console.log(`Building ${name} (${i + 1}/${missing.length})...`);
    await run('pnpm', ['--filter', name, 'run', 'build'], { cwd: root, env: process.env });
    console.log(`Built ${name} in ${seconds(started)}.`);
  }
}

/** Uploads every build and activates what is not live yet on the log's `deploys` stream. */
export async function publishAll({ root, assetsDir, dataDir, eventLogUrl }) {
  mkdirSync(dataDir, { recursive: true });
  const env = scriptEnv(root, root, { ASSETS_DIR: assetsDir, EVENT_LOG_URL: eventLogUrl });
  await run('tsx', ['shell/deploy/src/cli.ts', 'publish'], { cwd: root, env });
}

/** A first run gets the newsroom corpus; a log that has articles is left as it is. */
export async function seedEmptyLog({ eventLogUrl }) {
  const started = performance.now();
  const { openEventLog } = await tsImport('../../bff/log/src/index.ts', import.meta.url);
  const { seedIfEmpty } = await tsImport('../../bff/newsroom/src/index.ts', import.meta.url);
  const log = await openEventLog(eventLogUrl, { producer: 'pnpm-start' });
  try {
    const seeded = await seedIfEmpty(log, { logger: { info: (line) => console.log(`  ${line}`) } });
    console.log(
      seeded
        ? `Seeded the newsroom in ${seconds(started)}.`
        : 'The log already has articles; not seeding.',
    );
  } finally {
    await log.close();
  }
}

/** The ports `pnpm start` listens on, by what listens: the edge's and each BFF's. */
export function sitePorts({ port }) {
  return {
    edge: port,
    ...Object.fromEntries(Object.entries(BFF_PORTS).map(([name, p]) => [`bff-${name}`, p])),
  };
}

export const bffUrl = (name) => `http://127.0.0.1:${BFF_PORTS[name]}`;

/** Starts every BFF that exists; returns `{ name, url }` for each. */
export function startBffs(supervisor, { root, dataDir, eventLogUrl }) {
  mkdirSync(dataDir, { recursive: true });
  return listBffs(root).map((bff) => {
    const env = scriptEnv(root, bff.dir, {
      PORT: String(BFF_PORTS[bff.name]),
      EVENT_LOG_URL: eventLogUrl,
    });
    const name = `bff-${bff.name}`;
    supervisor.start(name, 'sh', ['-c', bff.script], { cwd: bff.dir, env });
    return { name, url: bffUrl(bff.name) };
  });
}

export function startEdge(supervisor, config, extraEnv = {}) {
  const { root, host, port, assetsDir, eventLogUrl } = config;
  const env = scriptEnv(root, root, {
    HOST: host,
    PORT: String(port),
    ASSETS_DIR: assetsDir,
    EVENT_LOG_URL: eventLogUrl,
    ...Object.fromEntries(
      Object.keys(BFF_PORTS).map((name) => [`${name.toUpperCase()}_BFF_URL`, bffUrl(name)]),
    ),
    ...extraEnv,
  });
  supervisor.start('edge', 'tsx', ['shell/edge/src/main.ts'], { cwd: root, env });
  return `http://${host}:${port}/healthz`;
}

/**
 * Waits until every BFF is ready: listening is not enough, its projections must have caught up
 * with the log, or the site is "up" while search still answers from a half-built index. One that
 * is not ready is reported, not fatal: the edge answers its API with 503 and the rest of the site
 * works (failure isolation).
 */
export async function waitForBffs(bffs, timeoutMs) {
  const results = await Promise.allSettled(
    bffs.map((bff) => waitForHttp(`${bff.url}/readyz`, { timeoutMs })),
  );
  results.forEach((result, i) => {
    if (result.status === 'rejected')
      console.error(`${bffs[i].name} is not ready: ${result.reason.message}`);
  });
}

/** Ctrl-C / SIGTERM stop every child, then this process. A second Ctrl-C is ignored while stopping. */
export function stopOnSignals(supervisor) {
  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping everything...`);
    await supervisor.stopAll();
    console.log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
