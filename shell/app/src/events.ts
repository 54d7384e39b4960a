export type FailurePhase = 'load' | 'mount';

export interface AppErrorDetail {
  app: string;
  version: string;
  phase: FailurePhase;
  error: unknown;
}

export type ReportAppError = (detail: AppErrorDetail) => void;

/** Announces a failure as `tessera:app-error` on window (see docs/contracts.md). */
export function windowErrorReporter(win: Window): ReportAppError {
  return (detail) => {
    console.error(
      `[tessera] ${detail.app}@${detail.version} failed to ${detail.phase}`,
      detail.error,
    );
    win.dispatchEvent(new CustomEvent('tessera:app-error', { detail }));
  };
}
