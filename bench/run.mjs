#!/usr/bin/env node
// `pnpm bench`: runs every suite under bench/ (log, bff, page, deploy when it exists), one after
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
  { name: 'deploy', command: ['tsx', 'deploy/run.ts'], result: 'deploy.json', dir: 'deploy' },
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
  if (suite.dir && !existsSync(join(benchDir, suite.dir))) {
    console.log(`[${suite.name}] skipped: bench/${suite.dir} does not exist yet`);
    latest.suites[suite.name] = { skipped: `bench/${suite.dir} does not exist` };
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

writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(latest, null, 2)}\n`);
writeFileSync(join(resultsDir, 'summary.md'), summary(latest));
console.log(`wrote ${join(resultsDir, 'latest.json')} and summary.md`);
if (Object.values(latest.suites).some((s) => s.failed)) process.exitCode = 1;

function summary({ at, quick: smoke, suites: all }) {
  const lines = [
    `# Bench summary`,
    '',
    `${at}${smoke ? ' (quick smoke run: small sizes)' : ''}`,
    '',
  ];
  const row = (cells) => lines.push(`| ${cells.join(' | ')} |`);
  const yes = (met) => (met ? 'met' : '**missed**');
  for (const [name, suite] of Object.entries(all)) {
    lines.push(`## ${name}`, '');
    if (suite.skipped || suite.failed) {
      lines.push(suite.skipped ? `Skipped: ${suite.skipped}.` : `Failed: ${suite.failed}.`, '');
      continue;
    }
    const r = suite.result;
    if (name === 'log') {
      row(['adapter', 'figure', 'adapter', 'raw baseline', 'ratio']);
      row(['---', '---', '---:', '---:', '---:']);
      for (const adapter of ['sqlite', 'nats']) {
        const a = r[adapter];
        if (!a) continue;
        for (const op of ['append', 'consume']) {
          row([adapter, `${op} events/s`, a[op].perSecond, a.raw[op].perSecond, a.ratios[op]]);
        }
        row([adapter, 'publish→applied p99 ms', a.publishToApplied?.p99Ms, '', '']);
        row([adapter, 'cross-process p99 ms', a.publishToAppliedCrossProcess?.p99Ms ?? '', '', '']);
      }
      lines.push('', `Targets: ${JSON.stringify(r.targets)}; met: ${JSON.stringify(r.met)}`, '');
    } else if (name === 'bff') {
      row(['figure', 'bff-search', 'bare fastify baseline', 'ratio']);
      row(['---', '---:', '---:', '---:']);
      const { bare, search } = r.http;
      row([
        'requests/s',
        search.requestsPerSecond,
        bare.requestsPerSecond,
        r.ratios.searchToBareRequestsPerSecond,
      ]);
      row(['p99 ms', search.p99Ms, bare.p99Ms, r.ratios.searchToBareP99]);
      row([
        `rebuild of ${r.articles} articles, s (baseline: reading the log)`,
        r.rebuild.seconds,
        r.logRead?.seconds ?? '',
        r.ratios.rebuildToLogRead ?? '',
      ]);
      lines.push('', `Targets: ${JSON.stringify(r.targets)}`, '');
    } else if (name === 'page') {
      const c = r.conditions;
      lines.push(
        `${c.runs} runs per route and variant, interleaved; ${c.rttMs} ms RTT, ${c.cpuSlowdown}× CPU slowdown, ${c.cache}. Medians.`,
        '',
      );
      row(['route', 'figure', 'composed', 'monolith baseline', 'ratio']);
      row(['---', '---', '---:', '---:', '---:']);
      for (const route of r.routes) {
        const { composed: s, monolith: m } = route;
        row([
          route.route,
          'time to content, ms',
          s.timeToContentMs,
          m.timeToContentMs,
          route.ratio.timeToContent,
        ]);
        row(['', 'JS KB (brotli, as received)', s.jsKb, m.jsKb, route.ratio.js]);
        row(['', 'JS KB (gzip, whole load)', s.jsGzipKb, m.jsGzipKb, '']);
        row([
          '',
          'JS KB (gzip, before content; the budget)',
          s.jsGzipKbBeforeContent,
          m.jsGzipKbBeforeContent,
          '',
        ]);
        row(['', 'requests', s.requests, m.requests, route.ratio.requests]);
        row([
          '',
          'depth (assets / with API)',
          `${s.depth} / ${s.depthWithApi}`,
          `${m.depth} / ${m.depthWithApi}`,
          '',
        ]);
      }
      lines.push('', '### Budgets (composed site)', '');
      row([
        'route',
        'JS ≤ 100 KB gzip',
        'no other framework',
        'depth ≤ 2',
        'assets compressed',
        'time ≤ 1.2× monolith',
      ]);
      row(['---', '---', '---', '---', '---', '---']);
      for (const route of r.routes) {
        const b = route.budgets;
        row([
          route.route,
          `${yes(b.jsKb.met)} (${b.jsKb.value})`,
          yes(b.otherFramework.met),
          `${yes(b.depth.met)} (${b.depth.value})`,
          b.compression.met ? 'met' : `**missed**: ${b.compression.value.join(', ')}`,
          `${yes(b.timeRatio.met)} (${b.timeRatio.value}×)`,
        ]);
      }
      const api = [...new Set(r.routes.flatMap((route) => route.composed.uncompressedApi ?? []))];
      if (api.length) lines.push('', `API answers sent uncompressed: ${api.join(', ')}.`);
      lines.push('');
    } else if (name === 'deploy') {
      row(['figure', 'ms', 'baseline', 'ratio / target']);
      row(['---', '---:', '---:', '---']);
      row([
        '`tessera deploy mfe-search` (build + verify + activate)',
        r.deployMs,
        `${r.fullBuildMs} (pnpm build)`,
        `${r.deployToFullBuild} (< 0.333: ${yes(r.met.deployToFullBuild)})`,
      ]);
      row(['`deploy --skip-build` (upload + verify + activate)', r.skipBuildDeployMs, '', '']);
      row(['activate step alone', r.activateStepMs, '', '']);
      row([
        'rollback: activation → next page load shows previous',
        r.rollbackToNextPageMs,
        '',
        `< 1000: ${yes(r.met.rollbackToNextPageMs)}`,
      ]);
      row([
        'rollback: `pnpm tessera rollback` start → next page load (**the target**)',
        r.rollbackCliToNextPageMs,
        '',
        `< 1000: ${yes(r.met.rollbackCliToNextPageMs)}`,
      ]);
      if (r.rollbackBinToNextPageMs !== undefined) {
        row([
          'rollback: `node shell/deploy/bin/tessera.mjs rollback` start → next page load',
          r.rollbackBinToNextPageMs,
          '',
          `< 1000: ${yes(r.met.rollbackBinToNextPageMs)}`,
        ]);
      }
      lines.push(
        '',
        `Medians of ${r.runs} rounds. The rollback target is judged from the start of the command a person runs (\`pnpm tessera rollback\`) to the next page load serving the previous version.`,
        '',
      );
    } else {
      lines.push('```json', JSON.stringify(r, null, 2).slice(0, 4000), '```', '');
    }
  }
  return `${lines.join('\n')}\n`;
}
