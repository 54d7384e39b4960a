/** The shape of the edge's `GET /platform.json` that the page reads (see shell/edge/src/platform). */
export interface PlatformData {
  revision: number;
  apps: {
    name: string;
    current: string;
    previous: string | null;
    canary: { version: string; percent: number } | null;
  }[];
  history: {
    offset: number;
    time: string;
    app: string;
    kind: string;
    version: string;
    fromVersion?: string;
    percent?: number;
    actor: string;
    reason?: string;
    commit?: { sha: string; time: string };
  }[];
  historyTotal: number;
  metrics: {
    window: { from: string; to: string; days: number };
    deployFrequency: { deploys: number; perDay: number; perWeek: number };
    leadTime: { medianMs: number | null; samples: number };
    changeFailRate: { failures: number; deploys: number; rate: number | null };
    timeToRestore: { medianMs: number | null; samples: number };
  };
}

/** Checks the parts the page walks; the edge built the rest. */
export function assertPlatformData(value: unknown): PlatformData {
  const data = value as Partial<PlatformData> | null;
  if (!Array.isArray(data?.apps) || !Array.isArray(data.history) || !data.metrics) {
    throw new Error('/platform.json has no apps, history or metrics');
  }
  return data as PlatformData;
}
