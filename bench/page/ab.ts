/**
 * bench/page/ab.ts: an A/B of two shell builds under the page bench's conditions. Both sites are
 * the composed site (same MFEs, BFFs and edge); only the shell differs, so a shell change is
 * measured against the shell it replaces, paired and interleaved, without the monolith's own
 * spread in the ratio. Prints each route's paired time-to-content ratio (B / A) and both medians.
 * Run: pnpm --filter @tessera/bench exec tsx page/ab.ts --a <shell dist> --b <shell dist>
 * [--runs N] [--route /login] [--port P]. Build a candidate with
 * `pnpm --filter @tessera/shell-app exec webpack --mode production --output-path <dir>`.
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM_PATH } from '@tessera/deploy/chromium';
import { loadOnce } from './measure.js';
import { intOption, ROUTES, stringOption } from './routes.js';
import { startSites } from './site.js';

const a = stringOption('a');
const b = stringOption('b');
if (!a || !b) {
  console.error('Give both shell builds: --a <dist dir> --b <dist dir>');
  process.exit(2);
}
const only = stringOption('route');
const routes = ROUTES.filter((r) => !only || r.route === only);
if (routes.length === 0) {
  console.error(`--route must be one of: ${ROUTES.map((r) => r.route).join(', ')}`);
  process.exit(2);
}
const RUNS = intOption('runs', undefined, 5);
const PORT = intOption('port', undefined, 18_880);

const median = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

// The "composed" site serves B, the baseline site serves A.
const site = await startSites(PORT, (line) => console.log(`[ab] ${line}`), {
  shellDist: resolve(b),
  baselineShellDist: resolve(a),
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
try {
  const times = new Map(routes.map((r) => [r.route, { a: [] as number[], b: [] as number[] }]));
  for (const { route, selector } of routes) {
    await loadOnce(browser, site.monolithUrl + route, selector);
    await loadOnce(browser, site.composedUrl + route, selector);
  }
  for (let run = 0; run < RUNS; run++) {
    for (const { route, selector } of routes) {
      const order = run % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const);
      for (const variant of order) {
        const base = variant === 'a' ? site.monolithUrl : site.composedUrl;
        const { timeToContentMs } = await loadOnce(browser, base + route, selector);
        times.get(route)![variant].push(timeToContentMs);
        console.log(
          `[ab] run ${run + 1}/${RUNS} ${variant} ${route} ${Math.round(timeToContentMs)} ms`,
        );
      }
    }
  }
  console.log(
    '\nroute                                 | A median | B median | paired B/A | B/A per run',
  );
  for (const [route, t] of times) {
    const ratios = t.b.map((ms, i) => ms / t.a[i]!);
    console.log(
      `${route.padEnd(37)} | ${String(Math.round(median(t.a))).padStart(8)} | ${String(Math.round(median(t.b))).padStart(8)} | ${median(ratios).toFixed(2).padStart(10)} | ${ratios.map((r) => r.toFixed(2)).join(' ')}`,
    );
  }
} finally {
  await browser.close();
  await site.stop();
}
