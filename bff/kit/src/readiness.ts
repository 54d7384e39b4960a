export interface Readiness {
  ready: boolean;
  /** Extra facts for operators, e.g. `{ offset: 41, head: 42 }`. */
  detail?: Record<string, unknown>;
}

/** Answers whether the service can serve traffic (e.g. its projection has caught up). */
export type ReadinessCheck = () => Readiness | Promise<Readiness>;

export const alwaysReady: ReadinessCheck = () => ({ ready: true });
