// bench/deploy: what deploying one frontend costs beside rebuilding everything, in the same run.
//   pnpm exec tsx deploy/run.ts   (from bench/; BENCH_DEPLOY_PAIRS=5 build/deploy pairs,
//                                  BENCH_DEPLOY_RUNS=3 rollback/redeploy rounds)
// 1. Pairs (pairs.ts): `pnpm build` (every MFE, the shell, the e2e fixtures), the site published
//    into .tmp/bench-deploy with an older mfe-search and served by an edge, then
//    `pnpm tessera deploy mfe-search` (build + upload + verify + activate); the target is judged
//    on the median of the pairs' ratios.
// 2. Rounds on the last pair's site: rollback in-process (activation → next page load: what
//    `tessera rollback` runs, without a process start-up) and as a command (command start → next
//    page load), both as `pnpm tessera` and as the bare `node shell/deploy/bin/tessera.mjs`; the
//    target is judged on `pnpm tessera rollback`, the command the README tells people to run; and
//    `tessera deploy mfe-search --skip-build` (upload + verify + activate) back to the new one.
import { runCli } from '@tessera/deploy';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { measurePair, type DeployPair } from './pairs.js';
import { cliEnv, repoRoot, type BenchSite } from './site.js';
import { median, stepMs, timed } from './timed.js';

const runs = Number(process.env.BENCH_DEPLOY_RUNS ?? 3);
const pairCount = Number(process.env.BENCH_DEPLOY_PAIRS ?? 5);
const ROUTE = '/search';
const say = (line: string) => console.log(line);
const quietly = () => undefined;
const round = (ms: number) => Math.round(ms);

const PNPM_TESSERA = ['pnpm', 'tessera'];
const BIN_TESSERA = ['node', 'shell/deploy/bin/tessera.mjs'];
const tessera = (...args: string[]) =>
  timed([...PNPM_TESSERA, ...args], { cwd: repoRoot, env: cliEnv, progress: quietly });

async function rollbackInProcess(site: BenchSite, to: string) {
  const started = performance.now();
  const lines: string[] = [];
  const ctx = { env: cliEnv, cwd: repoRoot, out: (l: string) => lines.push(l), err: say };
  if ((await runCli(['rollback', 'search'], ctx)) !== 0) throw new Error(lines.join('\n'));
  return site.visibleAfter('search', ROUTE, to, started);
}

async function rollbackProcess(site: BenchSite, to: string, command: string[]) {
  const started = performance.now();
  const [visible, cli] = await Promise.all([
    site.visibleAfter('search', ROUTE, to, started),
    timed([...command, 'rollback', 'search'], { cwd: repoRoot, env: cliEnv, progress: quietly }),
  ]);
  return { visibleMs: visible, processMs: cli.ms };
}

async function redeploy(site: BenchSite, version: string) {
  const cli = await tessera('deploy', 'mfe-search', '--skip-build');
  const afterExit = await site.visibleAfter('search', ROUTE, version, performance.now());
  return {
    ms: cli.ms,
    activateStepMs: stepMs(cli.output, 'activate'),
    visibleAfterExitMs: afterExit,
  };
}

const pairs: DeployPair[] = [];
let last: Awaited<ReturnType<typeof measurePair>> | undefined;
for (let i = 1; i <= pairCount; i += 1) {
  await last?.site.close();
  say(
    `pair ${i}/${pairCount}: pnpm build, then tessera deploy mfe-search changed from what is live`,
  );
  last = await measurePair(say);
  pairs.push(last.pair);
}
const { site, older, newer } = last!;
try {
  const ratio = median(pairs.map((p) => p.ratio));
  say(`median ratio ${ratio.toFixed(3)} (pairs: ${pairs.map((p) => p.ratio).join(', ')})`);

  const samples = {
    inProcess: [] as number[],
    process: [] as number[],
    processWall: [] as number[],
    bin: [] as number[],
  };
  const redeploys: Awaited<ReturnType<typeof redeploy>>[] = [];
  for (let i = 1; i <= runs; i += 1) {
    samples.inProcess.push(await rollbackInProcess(site, older));
    redeploys.push(await redeploy(site, newer));
    const cli = await rollbackProcess(site, older, PNPM_TESSERA);
    samples.process.push(cli.visibleMs);
    samples.processWall.push(cli.processMs);
    redeploys.push(await redeploy(site, newer));
    const bin = await rollbackProcess(site, older, BIN_TESSERA);
    samples.bin.push(bin.visibleMs);
    redeploys.push(await redeploy(site, newer));
    say(
      `round ${i}/${runs}: rollback visible after ${round(samples.inProcess.at(-1)!)} ms (in-process), ${round(cli.visibleMs)} ms (pnpm tessera), ${round(bin.visibleMs)} ms (node bin); redeploy --skip-build ${round(redeploys.at(-1)!.ms)} ms`,
    );
  }

  const result = {
    at: new Date().toISOString(),
    runs,
    pairCount,
    // Medians over the pairs; each pair's figures are in `pairs`.
    fullBuildMs: round(median(pairs.map((p) => p.fullBuildMs))),
    deployMs: round(median(pairs.map((p) => p.deployMs))),
    deployBuildStepMs: round(median(pairs.map((p) => p.buildStepMs ?? NaN))),
    deployUploadStepMs: round(median(pairs.map((p) => p.uploadStepMs ?? NaN))),
    deployVerifyStepMs: round(median(pairs.map((p) => p.verifyStepMs ?? NaN))),
    // The rest of deployMs is pnpm's and the CLI's own start-up and exit.
    deployCliMs: round(median(pairs.map((p) => p.cliMs ?? NaN))),
    deployToFullBuild: Number(ratio.toFixed(3)),
    pairs,
    skipBuildDeployMs: round(median(redeploys.map((r) => r.ms))),
    activateStepMs: round(median(redeploys.map((r) => r.activateStepMs ?? NaN))),
    activationVisibleAfterExitMs: round(median(redeploys.map((r) => r.visibleAfterExitMs))),
    rollbackToNextPageMs: round(median(samples.inProcess)),
    rollbackCliToNextPageMs: round(median(samples.process)),
    rollbackCliProcessMs: round(median(samples.processWall)),
    rollbackBinToNextPageMs: round(median(samples.bin)),
    samples: {
      rollbackToNextPageMs: samples.inProcess.map(round),
      rollbackCliToNextPageMs: samples.process.map(round),
      rollbackBinToNextPageMs: samples.bin.map(round),
      skipBuildDeployMs: redeploys.map((r) => round(r.ms)),
    },
    targets: {
      deployToFullBuild: '< 0.333 (median of the pairs)',
      rollbackToNextPageMs: '< 1000',
      rollbackJudgedOn: 'rollbackCliToNextPageMs: pnpm tessera rollback start → next page load',
    },
    met: {
      deployToFullBuild: ratio < 1 / 3,
      rollbackToNextPageMs: median(samples.inProcess) < 1000,
      rollbackCliToNextPageMs: median(samples.process) < 1000,
      rollbackBinToNextPageMs: median(samples.bin) < 1000,
    },
  };
  const resultsDir = join(import.meta.dirname, '..', 'results');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'deploy.json'), `${JSON.stringify(result, null, 2)}\n`);
  say(JSON.stringify(result, null, 2));
} finally {
  await site.close();
}
