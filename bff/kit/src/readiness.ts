import { KitErrors, ServiceError } from './errors.js';

export interface Readiness {
  ready: boolean;
  /** Extra facts for operators, e.g. `{ offset: 41, head: 42 }`. */
  detail?: Record<string, unknown>;
}

/** Answers whether the service can serve traffic (e.g. its projection has caught up). */
export type ReadinessCheck = () => Readiness | Promise<Readiness>;

export const alwaysReady: ReadinessCheck = () => ({ ready: true });

/** What readiness needs from a projection (the log's projection helper fits). */
export interface ProjectionProgress {
  readonly caughtUp: boolean;
  readonly offset: number;
  /** Set when the projection's reader cannot continue; it will never catch up on its own. */
  readonly error?: Error | undefined;
}

/**
 * Ready once every named projection has caught up; reports each offset. A projection that
 * stopped on an error throws a 503 ServiceError naming it, which /readyz answers as a problem.
 */
export function projectionsReady(projections: Record<string, ProjectionProgress>): ReadinessCheck {
  return () => {
    const entries = Object.entries(projections);
    const failed = entries.find(([, projection]) => projection.error !== undefined);
    if (failed) {
      const [name, { error }] = failed;
      throw new ServiceError(
        KitErrors.projectionFailed,
        `Projection "${name}" stopped: ${error?.message}. Restart the service once the log is reachable and consistent.`,
        { cause: error },
      );
    }
    return {
      ready: entries.every(([, projection]) => projection.caughtUp),
      detail: Object.fromEntries(entries.map(([name, projection]) => [name, projection.offset])),
    };
  };
}
