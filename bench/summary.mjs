// The readable side of `pnpm bench`: bench/results/summary.md from latest.json's suites, each
// figure beside its baseline and the ratio, and every target with whether it was met.

export function summary({ at, quick: smoke, suites: all }) {
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
    if (suite.failed) {
      lines.push(`Failed: ${suite.failed}.`, '');
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
