// One cold page load under the bench's conditions, recorded as a performance trace (what ran on
// the main thread, when each request started and finished) and a sampled CPU profile (which
// script the time went to), for profile.ts to break down.
import type { Browser } from 'playwright-core';
import { contentProbe, contentTime, openThrottledPage } from './throttle.js';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown>; name?: string };
}

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string } }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface TracedLoad {
  contentAtMs: number;
  events: TraceEvent[];
  profile: CpuProfile;
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'toplevel',
];

export async function traceOnce(
  browser: Browser,
  url: string,
  selector: string,
): Promise<TracedLoad> {
  const { context, page, cdp } = await openThrottledPage(browser);
  try {
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: CATEGORIES },
    });
    await cdp.send('Profiler.start');
    await page.addInitScript({ content: contentProbe(selector) });
    await page.goto(url, { waitUntil: 'commit' });
    const contentAtMs = await contentTime(cdp);
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.send('Tracing.end');
    await complete;
    return { contentAtMs, events, profile: profile as unknown as CpuProfile };
  } finally {
    await context.close();
  }
}
