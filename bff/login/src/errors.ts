import { defineErrorCodes } from '@tessera/kit';
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
});
