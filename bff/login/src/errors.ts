import { defineErrorCodes, ServiceError } from '@tessera/kit';
import { isLogError, LogErrorCode } from '@tessera/log';
import { LOGIN_ERROR_CODES } from './contract.js';

export const LoginErrors = defineErrorCodes({
  emailTaken: {
    code: LOGIN_ERROR_CODES.emailTaken,
    status: 409,
    title: 'Email already registered',
  },
  badCredentials: {
    code: LOGIN_ERROR_CODES.badCredentials,
    status: 401,
    title: 'Wrong email or password',
  },
  rateLimited: { code: LOGIN_ERROR_CODES.rateLimited, status: 429, title: 'Too many attempts' },
  busy: { code: LOGIN_ERROR_CODES.busy, status: 503, title: 'Try again shortly' },
  noSuchAccount: { code: LOGIN_ERROR_CODES.noSuchAccount, status: 404, title: 'No such account' },
  logUnavailable: {
    code: LOGIN_ERROR_CODES.logUnavailable,
    status: 503,
    title: 'Accounts temporarily unavailable',
  },
});

const TRANSIENT = new Set<string>([
  LogErrorCode.Unavailable,
  LogErrorCode.Timeout,
  LogErrorCode.Closed,
]);

/** A log outage is ours to report as 503 (retry later), not an unexplained 500. */
export function fromLogError(error: unknown): unknown {
  if (isLogError(error) && TRANSIENT.has(error.code)) {
    return new ServiceError(
      LoginErrors.logUnavailable,
      'Accounts cannot be reached right now; retry in a moment.',
      { headers: { 'retry-after': '1' }, cause: error },
    );
  }
  return error;
}
