/**
 * Stable error codes of the `tessera` CLI; each message says what to do about it. DEPLOY_004
 * (invalid registry file) and DEPLOY_007 (registry file locked) left with the registry file:
 * the registry is the `deploys` stream now. Codes are never reused.
 */
export const DeployErrorCodes = {
  DEPLOY_001: 'version already published with different content',
  DEPLOY_002: 'build output missing',
  DEPLOY_003: 'invalid app descriptor',
  DEPLOY_005: 'unknown app',
  DEPLOY_006: 'invalid shell build',
  DEPLOY_008: 'another deploy won the race',
  DEPLOY_009: 'candidate failed verification',
  DEPLOY_010: 'nothing to roll back, promote or verify against',
  DEPLOY_011: 'build failed',
  DEPLOY_012: 'invalid command line',
  DEPLOY_013: 'event log unavailable',
  DEPLOY_014: 'compressed siblings not written',
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
