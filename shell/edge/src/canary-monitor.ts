import type { Logger } from 'pino';
import type { EventLog } from '@tessera/log';
import { isLogError, LogErrorCode } from '@tessera/log';
import type { Registry } from '@tessera/registry';

export interface CanaryMonitorOptions {
  log: EventLog;
  logger: Logger;
  /** The registry as this edge serves it, and the stream head it was folded to. */
  registry: () => { registry: Registry; revision: number } | undefined;
  /** A canary is judged only after this many views (default 20). */
  minViews?: number;
  /** Abort when errors / views goes above this (default 0.2). */
  maxErrorRate?: number;
}

export type BeaconKind = 'view' | 'error';

interface Counts {
  views: number;
  errors: number;
  aborting: boolean;
}

/**
 * Counts what browsers report about canary versions and appends `deploy.canary-aborted` once a
 * canary's error rate passes the threshold over enough views. Reports about any other version
 * are ignored. Counts are per edge replica: each judges what it sees.
 */
export function createCanaryMonitor(options: CanaryMonitorOptions) {
  const { log, logger, minViews = 20, maxErrorRate = 0.2 } = options;
  const counts = new Map<string, Counts>();

  async function abort(app: string, version: string, c: Counts, revision: number) {
    c.aborting = true;
    const rate = Math.round((c.errors / c.views) * 100);
    const reason = `error rate ${rate}% over ${c.views} views passed ${Math.round(maxErrorRate * 100)}%`;
    try {
      await log.append(
        'deploys',
        [
          {
            type: 'deploy.canary-aborted',
            key: app,
            data: { app, version, reason, actor: 'edge canary monitor' },
          },
        ],
        { expectedHead: revision },
      );
      logger.warn({ app, version, reason }, 'canary aborted');
    } catch (error) {
      // The stream moved (another replica, a deploy): judge again on the next report.
      c.aborting = false;
      if (!isLogError(error, LogErrorCode.Conflict)) throw error;
    }
  }

  return {
    /** Records one report; resolves once any abort it caused is appended. */
    async record(app: string, version: string, kind: BeaconKind): Promise<void> {
      const current = options.registry();
      if (current?.registry.apps[app]?.canary?.version !== version) return;
      const key = `${app}@${version}`;
      const c = counts.get(key) ?? { views: 0, errors: 0, aborting: false };
      counts.set(key, c);
      c.views += 1;
      if (kind === 'error') c.errors += 1;
      if (!c.aborting && c.views >= minViews && c.errors / c.views > maxErrorRate) {
        await abort(app, version, c, current.revision);
      }
    },
    counts: (app: string, version: string) => counts.get(`${app}@${version}`),
  };
}
export type CanaryMonitor = ReturnType<typeof createCanaryMonitor>;
