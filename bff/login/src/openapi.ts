import { openApiDocument, type RouteDoc } from '@tessera/kit';
import {
  LOGIN_API_BASE,
  meResponseSchema,
  registerRequestSchema,
  sessionResponseSchema,
  signInRequestSchema,
} from './contract.js';

const base = LOGIN_API_BASE;
const badInput = { description: 'Malformed body or failed validation (KIT_001, KIT_002)' };
const unavailable = {
  description:
    'Busy checking passwords (LOGIN_004) or event log unreachable (LOGIN_006); see Retry-After',
};
const csrf = { description: 'Missing X-Tessera-CSRF header or cross-site request (KIT_008)' };

const routes: RouteDoc[] = [
  {
    method: 'post',
    path: `${base}/register`,
    summary: 'Create a reader account and sign it in (sets the session cookie)',
    body: registerRequestSchema,
    responses: {
      201: { description: 'Registered and signed in', schema: sessionResponseSchema },
      400: badInput,
      403: csrf,
      409: { description: 'Email already registered (LOGIN_001)' },
      413: { description: 'Body too large (KIT_003)' },
      415: { description: 'Body is not JSON (KIT_004)' },
      503: unavailable,
    },
  },
  {
    method: 'post',
    path: `${base}/sign-in`,
    summary: 'Sign in with email and password (sets the session cookie)',
    body: signInRequestSchema,
    responses: {
      200: { description: 'Signed in', schema: sessionResponseSchema },
      400: badInput,
      401: { description: 'Wrong email or password (LOGIN_002)' },
      403: csrf,
      429: { description: 'Too many attempts; see Retry-After (LOGIN_003)' },
      503: unavailable,
    },
  },
  {
    method: 'post',
    path: `${base}/sign-out`,
    summary: 'Sign out (expires the session cookie)',
    responses: { 204: { description: 'Signed out' }, 403: csrf },
  },
  {
    method: 'get',
    path: `${base}/me`,
    summary: 'The signed-in user, or null',
    responses: { 200: { description: 'Current user', schema: meResponseSchema } },
  },
  {
    method: 'get',
    path: `${base}/.well-known/jwks.json`,
    summary: 'Public keys that verify session tokens (EdDSA / Ed25519)',
    responses: { 200: { description: 'JSON Web Key Set' } },
  },
];

export const loginOpenApi = openApiDocument({
  title: 'Tessera login BFF',
  version: '0.1.0',
  description: 'Accounts and sessions. Changes need the header X-Tessera-CSRF: 1.',
  routes,
});
