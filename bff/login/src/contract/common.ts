/** Where the edge forwards this BFF's routes. */
export const LOGIN_API_BASE = '/api/login';

/** Every change must carry this header with its value (the kit's CSRF defence). */
export { CSRF_HEADER, CSRF_HEADER_VALUE } from '@tessera/kit/contract';

/** What an account may be; `roleSchema` (responses.ts) checks it. */
export const ROLES = ['reader', 'editor'] as const;

/** Stable error codes this BFF answers with (beside the kit's `KIT_*`). */
export const LOGIN_ERROR_CODES = {
  emailTaken: 'LOGIN_001',
  badCredentials: 'LOGIN_002',
  rateLimited: 'LOGIN_003',
  busy: 'LOGIN_004',
  noSuchAccount: 'LOGIN_005',
  logUnavailable: 'LOGIN_006',
} as const;
