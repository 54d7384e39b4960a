/** Stable error codes of the `tessera` CLI; each message says what to do about it. */
export const DeployErrorCodes = {
  DEPLOY_001: 'version already published with different content',
  DEPLOY_002: 'build output missing',
  DEPLOY_003: 'invalid app descriptor',
  DEPLOY_004: 'invalid registry file',
  DEPLOY_005: 'unknown app',
  DEPLOY_006: 'invalid shell build',
  DEPLOY_007: 'registry locked by another publish',
} as const;

export type DeployErrorCode = keyof typeof DeployErrorCodes;

export class DeployError extends Error {
  override readonly name = 'DeployError';
  constructor(
    readonly code: DeployErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
