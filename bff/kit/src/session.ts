import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type CryptoKey,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
  type KeyObject,
} from 'jose';
import { z } from 'zod';
import { readCookie } from './cookies.js';
import { KitErrors, ServiceError } from './errors.js';

export const SESSION_COOKIE = 'tessera_session';
export const SESSION_ISSUER = 'tessera-login';
export const SESSION_AUDIENCE = 'tessera';
export const SESSION_ALGORITHMS = ['EdDSA', 'Ed25519'];

export const roleSchema = z.enum(['reader', 'editor']);
export type Role = z.infer<typeof roleSchema>;

export interface Session {
  userId: string;
  displayName: string;
  role: Role;
}

/** The claims the login BFF signs; anything else in a token is ignored. */
export const sessionClaimsSchema = z.object({
  sub: z.string().min(1),
  name: z.string(),
  role: roleSchema,
});

const ROLE_RANK: Record<Role, number> = { reader: 1, editor: 2 };

/** Where the verifier gets the login BFF's public key(s) from. */
export type SessionKeySource =
  { jwksUrl: string } | { jwks: JSONWebKeySet } | { publicKey: CryptoKey | KeyObject };

export interface SessionVerifierOptions {
  keys: SessionKeySource;
  cookieName?: string;
  issuer?: string;
  audience?: string;
}

export interface SessionVerifier {
  verifyToken(token: string): Promise<Session>;
  /** The request's session, or a 401 problem. */
  fromRequest(request: FastifyRequest): Promise<Session>;
  /** Route hook: sets `request.session` or answers 401. */
  requireSession: preHandlerAsyncHookHandler;
  /** Route hook: 401 without a session, 403 below the given role. */
  requireRole(role: Role): preHandlerAsyncHookHandler;
}

function keyResolver(source: SessionKeySource): JWTVerifyGetKey | CryptoKey | KeyObject {
  if ('jwksUrl' in source) return createRemoteJWKSet(new URL(source.jwksUrl));
  if ('jwks' in source) return createLocalJWKSet(source.jwks);
  return source.publicKey;
}

function unauthenticated(detail: string): ServiceError {
  return new ServiceError(KitErrors.unauthenticated, detail);
}

// A JWKS that cannot be fetched is our outage, not the caller's fault: 503, not 401.
function verificationFailure(error: unknown): ServiceError {
  if (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError)) {
    return new ServiceError(
      KitErrors.sessionKeysUnavailable,
      'The session could not be checked because the login service keys are unreachable; retry shortly.',
      { cause: error },
    );
  }
  if (error instanceof errors.JWTExpired)
    return unauthenticated('Your session expired; sign in again.');
  return unauthenticated('Your session is not valid; sign in again.');
}

export function createSessionVerifier(options: SessionVerifierOptions): SessionVerifier {
  const key = keyResolver(options.keys);
  const cookieName = options.cookieName ?? SESSION_COOKIE;
  const verifyOptions = {
    issuer: options.issuer ?? SESSION_ISSUER,
    audience: options.audience ?? SESSION_AUDIENCE,
    algorithms: SESSION_ALGORITHMS,
  };

  async function verifyToken(token: string): Promise<Session> {
    let payload: unknown;
    try {
      payload = (await jwtVerify(token, key, verifyOptions)).payload;
    } catch (error) {
      throw verificationFailure(error);
    }
    const claims = sessionClaimsSchema.safeParse(payload);
    if (!claims.success) throw unauthenticated('Your session is not valid; sign in again.');
    return { userId: claims.data.sub, displayName: claims.data.name, role: claims.data.role };
  }

  async function fromRequest(request: FastifyRequest): Promise<Session> {
    const token = readCookie(request.headers.cookie, cookieName);
    if (!token) throw unauthenticated('Sign in to do this.');
    return verifyToken(token);
  }

  const requireSession: preHandlerAsyncHookHandler = async (request) => {
    request.session = await fromRequest(request);
  };

  function requireRole(role: Role): preHandlerAsyncHookHandler {
    return async (request) => {
      const session = await fromRequest(request);
      if (ROLE_RANK[session.role] < ROLE_RANK[role]) {
        throw new ServiceError(KitErrors.forbidden, `Only ${role}s may do this.`);
      }
      request.session = session;
    };
  }

  return { verifyToken, fromRequest, requireSession, requireRole };
}
