import type { EventEnvelope } from '@tessera/log';

export type DeployKind =
  'activated' | 'rolled-back' | 'canary-started' | 'canary-promoted' | 'canary-aborted';

export interface Commit {
  sha: string;
  /** Committer date (ISO 8601): where lead time starts. */
  time: string;
}

/** One `deploy.*` event as the platform page lists it. */
export interface DeployRecord {
  offset: number;
  time: string;
  app: string;
  kind: DeployKind;
  /** The version this event made live (for a rollback, the one it went back to). */
  version: string;
  /** Rollbacks only: the version that was taken down. */
  fromVersion?: string;
  percent?: number;
  actor: string;
  reason?: string;
  commit?: Commit;
}

interface DeployData {
  app: string;
  version?: string;
  fromVersion?: string;
  toVersion?: string;
  percent?: number;
  actor: string;
  reason?: string;
  commit?: Commit | null;
}

/** The record of a `deploy.*` envelope; the log has validated its data against the schema. */
export function recordOf(event: EventEnvelope): DeployRecord {
  const data = event.data as DeployData;
  const kind = event.type.slice('deploy.'.length) as DeployKind;
  const record: DeployRecord = {
    offset: event.offset,
    time: event.time,
    app: data.app,
    kind,
    version: (kind === 'rolled-back' ? data.toVersion : data.version) ?? '',
    actor: data.actor,
  };
  if (kind === 'rolled-back') record.fromVersion = data.fromVersion;
  if (data.percent !== undefined) record.percent = data.percent;
  if (data.reason !== undefined) record.reason = data.reason;
  if (data.commit) record.commit = data.commit;
  return record;
}
