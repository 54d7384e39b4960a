// bench/deploy: what deploying one frontend costs beside rebuilding everything, in the same run.
//   pnpm exec tsx deploy/run.ts          (from bench/; BENCH_DEPLOY_RUNS=3 rollback/redeploy rounds)
// 1. `pnpm build` (every MFE, the shell, the e2e fixtures), timed: the baseline.
// 2. The site published into .tmp/bench-deploy with an older mfe-search, served by an edge.
// 3. `pnpm tessera deploy mfe-search` (build + upload + verify + activate), timed; ratio to 1.
// 4. Rounds of: rollback in-process (activation → next page load: what `tessera rollback` runs,
//    without a process start-up) and as a command (command start → next page load), both as
//    `pnpm tessera` and as the bare `node shell/deploy/bin/tessera.mjs`; the target is judged on
//    `pnpm tessera rollback`, the command the README tells people to run; and
//    `tessera deploy mfe-search --skip-build` (upload + verify + activate) back to the new one.
import { runCli } from '@tessera/deploy';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { cliEnv, repoRoot, startSite, type BenchSite } from './site.js';
import { doneMs, median, stepMs, timed } from './timed.js';

const runs = Number(process.env.BENCH_DEPLOY_RUNS ?? 3);
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

say(`full build: pnpm build (every app, the shell, the e2e fixtures)...`);
const fullBuild = await timed(['pnpm', 'build'], { cwd: repoRoot, env: {}, progress: quietly });
say(`  ${round(fullBuild.ms)} ms`);

say('publishing the site into .tmp/bench-deploy with an older mfe-search; starting an edge');
const site = await startSite();
try {
  const older = (await site.pageVersion('search', ROUTE))!;
  say(`  ${site.edgeUrl} serves search@${older}`);

  say('tessera deploy mfe-search (build + upload + verify + activate)...');
  const deploy = await timed(['pnpm', 'tessera', 'deploy', 'mfe-search'], {
    cwd: repoRoot,
    env: cliEnv,
    progress: (line) => say(`  | ${line}`),
  });
  const newer = (await site.pageVersion('search', ROUTE))!;
  if (newer === older) throw new Error('the deploy did not change the served version');
  const ratio = deploy.ms / fullBuild.ms;
  say(`  ${round(deploy.ms)} ms, ${ratio.toFixed(2)} of the full build`);

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
    fullBuildMs: round(fullBuild.ms),
    deployMs: round(deploy.ms),
    deployBuildStepMs: stepMs(deploy.output, 'build mfe-search'),
    deployUploadStepMs: stepMs(deploy.output, 'upload search'),
    deployVerifyStepMs: stepMs(deploy.output, 'verify'),
    // The rest of deployMs is pnpm's and the CLI's own start-up and exit.
    deployCliMs: doneMs(deploy.output),
    deployToFullBuild: Number(ratio.toFixed(3)),
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
      deployToFullBuild: '< 0.333',
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
