/**
 * bench/page/profile.ts: where the time to content goes, composed vs monolith, on one route under
 * the page bench's conditions (100 ms RTT, 4× CPU slowdown, cold). Each load is traced and
 * CPU-profiled; prints per load the requests and script evaluations before the content, and the
 * main thread's CPU time per script.
 * Run: pnpm --filter @tessera/bench exec tsx page/profile.ts --route /login [--runs N] [--port P]
 * [--out file.json]. Needs the same builds as run.ts.
 */
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, DEFAULT_CHROMIUM_PATH } from '@tessera/deploy/chromium';
import { breakDown, type Breakdown } from './breakdown.js';
import { intOption, ROUTES, stringOption } from './routes.js';
import { startSites } from './site.js';
import { traceOnce } from './trace.js';

const route = stringOption('route') ?? '/login';
const known = ROUTES.find((r) => r.route === route);
if (!known) {
  console.error(`--route must be one of: ${ROUTES.map((r) => r.route).join(', ')}`);
  process.exit(2);
}
const RUNS = intOption('runs', process.env.BENCH_PAGE_RUNS, 2);
const PORT = intOption('port', process.env.BENCH_PAGE_PORT, 18_480);
const out = stringOption('out');

function print(variant: string, b: Breakdown) {
  console.log(
    `\n== ${variant} ${route}: content at ${b.contentAtMs} ms, main thread busy ${b.busyMs} ms before it`,
  );
  for (const [name, at] of Object.entries(b.milestones))
    console.log(`  at   ${String(at).padStart(5)}  ${name}`);
  for (const r of b.requests)
    console.log(
      `  req  ${String(r.startMs).padStart(5)} → ${String(r.endMs).padStart(5)}  ${r.path}`,
    );
  for (const e of b.evaluations)
    console.log(`  eval ${String(e.startMs).padStart(5)} +${String(e.ms).padStart(4)}  ${e.path}`);
  for (const s of b.cpuByScript.slice(0, 8)) {
    const top = s.top.map((t) => `${t.fn} ${t.ms}`).join(', ');
    console.log(`  cpu  ${String(s.ms).padStart(5)} ms  ${s.script}  [${top}]`);
  }
}

const site = await startSites(PORT, (line) => console.log(`[profile] ${line}`));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
const results: Record<string, Breakdown[]> = { composed: [], monolith: [] };
try {
  for (const base of [site.composedUrl, site.monolithUrl])
    await traceOnce(browser, base + route, known.selector);
  for (let run = 0; run < RUNS; run++) {
    const order = run % 2 === 0 ? ['composed', 'monolith'] : ['monolith', 'composed'];
    for (const variant of order) {
      const base = variant === 'composed' ? site.composedUrl : site.monolithUrl;
      const breakdown = breakDown(await traceOnce(browser, base + route, known.selector), base);
      results[variant]!.push(breakdown);
      print(variant, breakdown);
    }
  }
  if (out) writeFileSync(out, `${JSON.stringify({ route, results }, null, 2)}\n`);
} finally {
  await browser.close();
  await site.stop();
}
