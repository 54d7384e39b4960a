import { SESSION_AUDIENCE, SESSION_ISSUER, type Session } from '@tessera/kit';
import { SignJWT } from 'jose';
import type { SessionKeys } from './keys.js';

/** Signs the session claims the kit's verifier expects: sub, name, role. */
export function signSession(
  keys: SessionKeys,
  session: Session,
  ttlSeconds: number,
): Promise<string> {
  return new SignJWT({ name: session.displayName, role: session.role })
    .setProtectedHeader({ alg: 'EdDSA', kid: keys.kid, typ: 'JWT' })
    .setSubject(session.userId)
    .setIssuer(SESSION_ISSUER)
    .setAudience(SESSION_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(keys.privateKey);
}
