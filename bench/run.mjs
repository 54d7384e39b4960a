#!/usr/bin/env node
// `pnpm bench`: runs every suite under bench/ (log, bff, page, deploy), one after
// another with progress, then writes bench/results/latest.json and bench/results/summary.md with
// each figure beside its baseline and the ratio.
//   node bench/run.mjs [--only log,bff,page] [--quick] [--collect] [--no-build]
// --quick: smoke sizes (log 2000 events, bff 10k articles for 2 s, page 1 run).
// --no-build: the page suite serves the dists as they are instead of building them first.
// --collect: run nothing; rebuild latest.json and summary.md from each suite's newest result
// file (after running a suite on its own, e.g. `tsx page/run.ts --runs 3`).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summary } from './summary.mjs';

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = join(benchDir, '..');
const resultsDir = join(benchDir, 'results');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const collect = args.includes('--collect');
const noBuild = args.includes('--no-build');
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? new Set((args[onlyAt + 1] ?? '').split(',').filter(Boolean)) : null;

/** The newest `results/<prefix>*.json` written since `since` (ms), parsed. */
function newestResult(prefix, since) {
  const files = readdirSync(resultsDir)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.json'))
    .map((name) => ({
      path: join(resultsDir, name),
      mtime: statSync(join(resultsDir, name)).mtimeMs,
    }))
    .filter((file) => file.mtime >= since)
    .sort((a, b) => b.mtime - a.mtime);
  return files[0] ? JSON.parse(readFileSync(files[0].path, 'utf8')) : undefined;
}

const suites = [
  {
    name: 'log',
    command: ['tsx', 'log/run.ts', quick ? '2000' : '20000'],
    result: 'log-',
  },
  {
    name: 'bff',
    command: ['node', '--expose-gc', '--import', 'tsx', 'bff/run.ts'],
    env: quick ? { BENCH_ARTICLES: '10000', BENCH_SECONDS: '2' } : {},
    result: 'bff.json',
  },
  {
    name: 'page',
    command: ['tsx', 'page/run.ts', '--runs', quick ? '1' : (process.env.BENCH_PAGE_RUNS ?? '5')],
    // Built first, so the figures are those of the code checked out, not of an older dist.
    builds: [
      ['pnpm', 'build'],
      ['pnpm', '--filter', '@tessera/bench', 'build:monolith'],
    ],
    result: 'page.json',
  },
  { name: 'deploy', command: ['tsx', 'deploy/run.ts'], result: 'deploy.json' },
];

/** Runs argv with its output prefixed by the suite's name; resolves to null or why it failed. */
function run(suite, [command, ...rest], cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, rest, {
      cwd,
      env: { ...process.env, ...suite.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const prefix = (line) => (line ? `[${suite.name}] ${line}\n` : '');
    child.stdout.on('data', (chunk) =>
      process.stdout.write(String(chunk).split('\n').map(prefix).join('')),
    );
    child.stderr.on('data', (chunk) =>
      process.stderr.write(String(chunk).split('\n').map(prefix).join('')),
    );
    child.on('exit', (code, signal) => resolve(code === 0 ? null : `exit ${code ?? signal}`));
  });
}

async function buildFor(suite) {
  for (const argv of noBuild ? [] : (suite.builds ?? [])) {
    const started = Date.now();
    console.log(`[${suite.name}] building: ${argv.join(' ')}`);
    const failure = await run(suite, argv, repoRoot);
    if (failure) return `${argv.join(' ')}: ${failure}`;
    console.log(`[${suite.name}] built in ${Math.round((Date.now() - started) / 100) / 10} s`);
  }
  return null;
}

function runSuite(suite) {
  console.log(`[${suite.name}] running: ${suite.command.join(' ')}`);
  return run(suite, ['pnpm', 'exec', ...suite.command], benchDir);
}

// With --only, the other suites keep their figures from the previous latest.json.
const previous = existsSync(join(resultsDir, 'latest.json'))
  ? JSON.parse(readFileSync(join(resultsDir, 'latest.json'), 'utf8'))
  : undefined;
const latest = {
  at: new Date().toISOString(),
  quick,
  suites: only && previous ? { ...previous.suites } : {},
};
mkdirSync(resultsDir, { recursive: true });
for (const suite of suites) {
  if (only && !only.has(suite.name)) continue;
  if (collect) {
    const result = newestResult(suite.result, 0);
    if (result) latest.suites[suite.name] = { collected: true, result };
    console.log(`[${suite.name}] ${result ? 'collected' : 'no result file to collect'}`);
    continue;
  }
  const started = Date.now();
  const failure = (await buildFor(suite)) ?? (await runSuite(suite));
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  const result = failure ? undefined : newestResult(suite.result, started);
  if (failure || !result) {
    const why = failure ?? 'it wrote no result';
    console.log(`[${suite.name}] FAILED after ${seconds} s: ${why}`);
    latest.suites[suite.name] = { failed: why, seconds };
  } else {
    console.log(`[${suite.name}] done in ${seconds} s`);
    latest.suites[suite.name] = { seconds, result };
  }
}

writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(latest, null, 2)}\n`);
writeFileSync(join(resultsDir, 'summary.md'), summary(latest));
console.log(`wrote ${join(resultsDir, 'latest.json')} and summary.md`);
if (Object.values(latest.suites).some((s) => s.failed)) process.exitCode = 1;
