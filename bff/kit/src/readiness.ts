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
}

/** Ready once every named projection has caught up; reports each offset. */
export function projectionsReady(projections: Record<string, ProjectionProgress>): ReadinessCheck {
  return () => {
    const entries = Object.entries(projections);
    return {
      ready: entries.every(([, projection]) => projection.caughtUp),
      detail: Object.fromEntries(entries.map(([name, projection]) => [name, projection.offset])),
    };
  };
}
