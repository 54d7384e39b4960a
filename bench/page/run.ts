/**
 * bench/page: cold page loads of the composed site against the monolith baseline, interleaved,
 * under 100 ms RTT and 4× CPU slowdown, on Debian's Chromium. Writes bench/results/page.json.
 * Run: pnpm --filter @tessera/bench exec tsx page/run.ts [--runs N] [--port P]
 * (BENCH_PAGE_RUNS, BENCH_PAGE_PORT work too). Needs shell/app/dist, mfe-*\/dist and
 * bench/monolith/dist built.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { loadOnce, type LoadResult } from './measure.js';
import { CPU_SLOWDOWN, RTT_MS } from './throttle.js';
import { intOption, ROUTES } from './routes.js';
import { startSites } from './site.js';
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM_PATH } from '@tessera/deploy/chromium';

// process.env is read here, in the entry file, only.
const RUNS = intOption('runs', process.env.BENCH_PAGE_RUNS, 5);
const PORT = intOption('port', process.env.BENCH_PAGE_PORT, 18_480);
const BUDGETS = { firstRouteJsKb: 100, depth: 2, timeRatio: 1.2 };
const resultsFile = fileURLToPath(new URL('../results/page.json', import.meta.url));

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (value: number, digits = 0) => Number(value.toFixed(digits));
const kb = (bytes: number) => round(bytes / 1024, 1);

function summarise(runs: LoadResult[]) {
  const m = (pick: (r: LoadResult) => number) => median(runs.map(pick));
  const last = runs.at(-1)!;
  return {
    timeToContentMs: round(m((r) => r.timeToContentMs)),
    jsKb: kb(m((r) => r.jsBytes)),
    jsKbBeforeContent: kb(m((r) => r.jsBytesBeforeContent)),
    jsGzipKb: kb(m((r) => r.jsGzipBytes)),
    jsGzipKbBeforeContent: kb(m((r) => r.jsGzipBytesBeforeContent)),
    cssKb: kb(m((r) => r.cssBytes)),
    totalKb: kb(m((r) => r.totalBytes)),
    requests: m((r) => r.requests),
    requestsBeforeContent: m((r) => r.requestsBeforeContent),
    depth: m((r) => r.depth),
    depthWithApi: m((r) => r.depthWithApi),
    chain: last.chain,
    frameworks: {
      react: runs.some((r) => r.frameworks.react),
      vue: runs.some((r) => r.frameworks.vue),
    },
    uncompressed: [...new Set(runs.flatMap((r) => r.uncompressed))],
    uncompressedApi: [...new Set(runs.flatMap((r) => r.uncompressedApi))],
    encodings: last.encodings,
    waterfall: last.waterfall,
    timesMs: runs.map((r) => round(r.timeToContentMs)),
  };
}

const log = (line: string) => console.log(`[page] ${line}`);
const started = Date.now();
const site = await startSites(PORT, log);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
try {
  const samples = new Map<string, { composed: LoadResult[]; monolith: LoadResult[] }>(
    ROUTES.map((r) => [r.route, { composed: [], monolith: [] }]),
  );
  // One untimed load of each, so the first measured run does not pay the servers' cold start.
  for (const { route, selector } of ROUTES) {
    await loadOnce(browser, site.composedUrl + route, selector);
    await loadOnce(browser, site.monolithUrl + route, selector);
  }
  for (let run = 0; run < RUNS; run++) {
    for (const { route, selector } of ROUTES) {
      const order =
        run % 2 === 0 ? (['composed', 'monolith'] as const) : (['monolith', 'composed'] as const);
      for (const variant of order) {
        const base = variant === 'composed' ? site.composedUrl : site.monolithUrl;
        const result = await loadOnce(browser, base + route, selector);
        samples.get(route)![variant].push(result);
        log(
          `run ${run + 1}/${RUNS} ${variant.padEnd(8)} ${route.padEnd(36)} ${round(result.timeToContentMs)} ms, JS ${kb(result.jsBytes)} KB br / ${kb(result.jsGzipBytes)} KB gzip (${kb(result.jsGzipBytesBeforeContent)} before content), ${result.requests} req, depth ${result.depth}`,
        );
      }
    }
  }

  const routes = ROUTES.map(({ route, framework, selector }) => {
    const { composed: c, monolith: m } = samples.get(route)!;
    const composed = summarise(c);
    const monolith = summarise(m);
    const wrongFramework =
      framework === 'react' ? composed.frameworks.vue : composed.frameworks.react;
    return {
      route,
      framework,
      selector,
      composed,
      monolith,
      ratio: {
        timeToContent: round(composed.timeToContentMs / monolith.timeToContentMs, 2),
        pairedTimeToContent: round(
          median(c.map((r, i) => r.timeToContentMs / m[i]!.timeToContentMs)),
          2,
        ),
        js: round(composed.jsKb / monolith.jsKb, 2),
        requests: round(composed.requests / monolith.requests, 2),
      },
      budgets: {
        // The budget is stated in gzip (Chromium itself receives brotli, ~13% less) and on the
        // first route's JS: what was requested before the content showed, not the header
        // parcels that load after it.
        jsKb: {
          value: composed.jsGzipKbBeforeContent,
          max: BUDGETS.firstRouteJsKb,
          met: composed.jsGzipKbBeforeContent <= BUDGETS.firstRouteJsKb,
        },
        otherFramework: { value: wrongFramework, met: !wrongFramework },
        depth: { value: composed.depth, max: BUDGETS.depth, met: composed.depth <= BUDGETS.depth },
        compression: { value: composed.uncompressed, met: composed.uncompressed.length === 0 },
        timeRatio: {
          value: round(composed.timeToContentMs / monolith.timeToContentMs, 2),
          max: BUDGETS.timeRatio,
          met: composed.timeToContentMs <= BUDGETS.timeRatio * monolith.timeToContentMs,
        },
      },
    };
  });

  const results = {
    suite: 'page',
    at: new Date().toISOString(),
    host: {
      cpus: cpus().length,
      loadavg: loadavg().map((l) => round(l, 2)),
      node: process.version,
    },
    conditions: {
      rttMs: RTT_MS,
      cpuSlowdown: CPU_SLOWDOWN,
      cache: 'cold (new context per load, cache disabled)',
      runs: RUNS,
    },
    budgets: BUDGETS,
    routes,
    seconds: round((Date.now() - started) / 1000),
  };
  mkdirSync(join(resultsFile, '..'), { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);

  console.log(
    '\nroute                                 | variant  | content ms | JS KB br | JS KB gz (before content) | req | depth (+api) | ratio',
  );
  for (const r of routes) {
    for (const variant of ['composed', 'monolith'] as const) {
      const s = r[variant];
      console.log(
        `${r.route.padEnd(37)} | ${variant.padEnd(8)} | ${String(s.timeToContentMs).padStart(10)} | ${String(s.jsKb).padStart(8)} | ${`${s.jsGzipKb} (${s.jsGzipKbBeforeContent})`.padStart(25)} | ${String(s.requests).padStart(3)} | ${`${s.depth} (${s.depthWithApi})`.padStart(12)} | ${variant === 'composed' ? `${r.ratio.timeToContent}×` : ''}`,
      );
    }
  }
  console.log(`wrote ${resultsFile}`);
} finally {
  await browser.close();
  await site.stop();
}
