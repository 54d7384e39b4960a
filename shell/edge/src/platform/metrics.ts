import type { DeployRecord } from './history.js';

export interface DeliveryMetrics {
  window: { from: string; to: string; days: number };
  /** Deploys are activations and canary starts: each puts a new build in front of users. */
  deployFrequency: { deploys: number; perDay: number; perWeek: number };
  /** Commit time → activation, over activations whose commit is known. */
  leadTime: { medianMs: number | null; samples: number };
  /** (Rollbacks + canary aborts) / deploys. */
  changeFailRate: { failures: number; deploys: number; rate: number | null };
  /** Failed version live → rollback or abort that took it down. */
  timeToRestore: { medianMs: number | null; samples: number };
}

export interface MetricsOptions {
  now: Date;
  windowDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

const isDeploy = (r: DeployRecord) => r.kind === 'activated' || r.kind === 'canary-started';
const isFailure = (r: DeployRecord) => r.kind === 'rolled-back' || r.kind === 'canary-aborted';

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** When the version a failure took down went live: its activation, promotion or canary start. */
function liveSince(records: readonly DeployRecord[], failure: DeployRecord): number | undefined {
  const failed = failure.kind === 'rolled-back' ? failure.fromVersion : failure.version;
  const wentLive = (r: DeployRecord) =>
    failure.kind === 'canary-aborted'
      ? r.kind === 'canary-started'
      : r.kind === 'activated' || r.kind === 'canary-promoted';
  const start = records.findLast(
    (r) =>
      r.offset < failure.offset && r.app === failure.app && r.version === failed && wentLive(r),
  );
  return start && Date.parse(start.time);
}

/**
 * The four delivery metrics over the `windowDays` before `now`, from the deploy records in
 * stream order. Pure: same records and options, same figures.
 */
export function deliveryMetrics(
  records: readonly DeployRecord[],
  { now, windowDays }: MetricsOptions,
): DeliveryMetrics {
  const to = now.getTime();
  const from = to - windowDays * DAY_MS;
  const inWindow = records.filter((r) => {
    const time = Date.parse(r.time);
    return time > from && time <= to;
  });
  const deploys = inWindow.filter(isDeploy).length;
  const leadTimes = inWindow
    .filter((r) => r.kind === 'activated' && r.commit)
    .map((r) => Date.parse(r.time) - Date.parse(r.commit!.time));
  const failures = inWindow.filter(isFailure);
  const restores = failures.flatMap((failure) => {
    const since = liveSince(records, failure);
    return since === undefined ? [] : [Date.parse(failure.time) - since];
  });
  return {
    window: { from: new Date(from).toISOString(), to: now.toISOString(), days: windowDays },
    deployFrequency: { deploys, perDay: deploys / windowDays, perWeek: (deploys * 7) / windowDays },
    leadTime: { medianMs: median(leadTimes), samples: leadTimes.length },
    changeFailRate: {
      failures: failures.length,
      deploys,
      rate: deploys === 0 ? null : failures.length / deploys,
    },
    timeToRestore: { medianMs: median(restores), samples: restores.length },
  };
}
