// Where a traced load's time went before its content showed: the main thread's busy time by
// script (from the CPU profile), each request's start and end, and each script's evaluation.
import type { CpuProfile, TracedLoad, TraceEvent } from './trace.js';

export interface Breakdown {
  contentAtMs: number;
  /** Main-thread time in top-level tasks before the content showed. */
  busyMs: number;
  /** Sampled CPU time before the content showed, per script path (or V8's own buckets). */
  cpuByScript: { script: string; ms: number; top: { fn: string; ms: number }[] }[];
  requests: { path: string; startMs: number; endMs: number }[];
  evaluations: { path: string; startMs: number; ms: number }[];
  /** DOMContentLoaded and first contentful paint, ms from navigation start. */
  milestones: Record<string, number>;
}

const MILESTONES: Record<string, string> = {
  MarkDOMContent: 'DOMContentLoaded',
  firstContentfulPaint: 'first contentful paint',
};

const CONTENT_MARK = 'tessera-bench:content';
const round = (value: number) => Math.round(value);
const pathOf = (url: string) => {
  try {
    return new URL(url).pathname;
  } catch {
    return url || '(native)';
  }
};

/** The renderer's main thread: where the page's scripts were evaluated. */
function mainThread(events: TraceEvent[]): { pid: number; tid: number } {
  const evaluation = events.find(
    (e) => e.name === 'EvaluateScript' && String(e.args?.data?.url ?? '').startsWith('http'),
  );
  if (!evaluation) throw new Error('the trace has no script evaluation: was the page loaded?');
  return { pid: evaluation.pid, tid: evaluation.tid };
}

function cpuByScript(profile: CpuProfile, fromUs: number, toUs: number) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const byScript = new Map<string, Map<string, number>>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    const next = at + (profile.timeDeltas[i + 1] ?? 0);
    if (at < fromUs || at > toUs) return;
    const frame = nodes.get(id)!;
    const script = frame.url ? pathOf(frame.url) : frame.functionName;
    const fns = byScript.get(script) ?? new Map<string, number>();
    const fn = frame.functionName || '(anonymous)';
    fns.set(fn, (fns.get(fn) ?? 0) + (next - at) / 1000);
    byScript.set(script, fns);
  });
  return [...byScript.entries()]
    .map(([script, fns]) => ({
      script,
      ms: round([...fns.values()].reduce((a, b) => a + b, 0)),
      top: [...fns.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([fn, ms]) => ({ fn, ms: round(ms) })),
    }))
    .filter((entry) => entry.script !== '(idle)')
    .sort((a, b) => b.ms - a.ms);
}

/** `origin`: the site's origin; the browser's own requests (its WebUI pages) are left out. */
export function breakDown({ contentAtMs, events, profile }: TracedLoad, origin: string): Breakdown {
  const mark = events.find((e) => e.name === CONTENT_MARK);
  if (!mark) throw new Error(`the trace has no ${CONTENT_MARK} mark`);
  const start = mark.ts - contentAtMs * 1000;
  const end = mark.ts;
  const ms = (ts: number) => round((ts - start) / 1000);
  const main = mainThread(events);
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const busyUs = onMain
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.ts >= start && e.ts <= end)
    .reduce((sum, e) => sum + Math.min(e.dur ?? 0, end - e.ts), 0);

  const started = new Map<string, { path: string; startMs: number; endMs: number }>();
  for (const e of events) {
    const data = e.args?.data ?? {};
    const id = String(data.requestId ?? '');
    if (e.name === 'ResourceSendRequest' && String(data.url).startsWith(origin) && !started.has(id))
      started.set(id, { path: pathOf(String(data.url)), startMs: ms(e.ts), endMs: -1 });
    if (e.name === 'ResourceFinish' && started.has(id)) started.get(id)!.endMs = ms(e.ts);
  }
  const evaluations = onMain
    .filter((e) => e.name === 'EvaluateScript' && e.ts <= end && e.args?.data?.url)
    .map((e) => ({
      path: pathOf(String(e.args!.data!.url)),
      startMs: ms(e.ts),
      ms: round((e.dur ?? 0) / 1000),
    }));
  const milestones: Record<string, number> = {};
  for (const e of events) {
    const label = MILESTONES[e.name];
    if (label && e.pid === main.pid && e.ts >= start && !(label in milestones))
      milestones[label] = ms(e.ts);
  }
  return {
    contentAtMs: round(contentAtMs),
    milestones,
    busyMs: round(busyUs / 1000),
    cpuByScript: cpuByScript(profile, start, end),
    requests: [...started.values()].filter((r) => r.startMs <= contentAtMs),
    evaluations,
  };
}
