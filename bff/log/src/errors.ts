/** Every failure the log reports, with a stable code other services can map to problem documents. */
export const LogErrorCode = {
  /** EVENT_LOG_URL (or the url passed to openEventLog) is malformed or names no known adapter. */
  BadUrl: 'LOG_001',
  /** An event failed its zod schema; nothing was written. */
  InvalidEvent: 'LOG_002',
  /** An event type (or version) is not in the schema catalog; nothing was written. */
  UnknownType: 'LOG_003',
  /** Conditional append: the stream head is not the expected one; nothing was written. */
  Conflict: 'LOG_004',
  /** The log was closed; open a new one. */
  Closed: 'LOG_005',
  /** The backend stayed unavailable until the append deadline passed. */
  Unavailable: 'LOG_006',
  /** A stored record cannot be decoded (truncated, corrupt or fails its schema). */
  CorruptRecord: 'LOG_007',
  /** A stream, consumer name, offset or option is invalid. */
  BadArgument: 'LOG_008',
  /** waitFor(offset) did not see the offset applied in time. */
  Timeout: 'LOG_009',
  /** A follower or consumer stopped: the backend refused its reader in a way retrying cannot fix. */
  ReadFailed: 'LOG_010',
} as const;

export type LogErrorCode = (typeof LogErrorCode)[keyof typeof LogErrorCode];

export class LogError extends Error {
  override readonly name = 'LogError';
  constructor(
    readonly code: LogErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${message}`, options);
  }
}

export function isLogError(error: unknown, code?: LogErrorCode): error is LogError {
  return error instanceof LogError && (code === undefined || error.code === code);
}
