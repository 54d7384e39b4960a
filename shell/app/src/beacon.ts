import type { ReportAppError } from './events.js';
import type { VersionBoard } from './versions.js';

export interface Beacon {
  report(kind: 'view' | 'error', app: string, version: string, phase?: 'load' | 'mount'): void;
}

export interface BeaconOptions {
  /** Sends one JSON report to the edge (`navigator.sendBeacon('/beacon', ...)` in the browser). */
  send(body: string): void;
  /** Only these apps are reported: the ones with a canary out. */
  watched(app: string): boolean;
  /** At most this many reports per page load (default 20). */
  maxPerPage?: number;
}

/** Reports views and failures of watched apps to the edge, a bounded number per page. */
export function createBeacon(options: BeaconOptions): Beacon {
  const max = options.maxPerPage ?? 20;
  let sent = 0;
  return {
    report(kind, app, version, phase) {
      if (!options.watched(app) || sent >= max) return;
      sent += 1;
      options.send(JSON.stringify({ app, version, kind, phase }));
    },
  };
}

/** A version board that also reports each app version put on the page as a view. */
export function reportingViews(board: VersionBoard, beacon: Beacon): VersionBoard {
  return {
    add(app, version) {
      board.add(app, version);
      beacon.report('view', app, version);
    },
    remove: (app, version) => board.remove(app, version),
  };
}

/** An error reporter that also sends each failure to the edge. */
export function reportingErrors(report: ReportAppError, beacon: Beacon): ReportAppError {
  return (detail) => {
    report(detail);
    beacon.report('error', detail.app, detail.version, detail.phase);
  };
}
